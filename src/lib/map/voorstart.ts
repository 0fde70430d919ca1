// The explorer's map, started at boot, before its data (issue 19): MapLibre, its WebGL context and
// deck.gl's device and shaders are made while atlas.json and the topology load and the model is
// built, instead of after them. AtlasKaart takes the map over when it mounts (neemVroegeKaart).
import { AtlasMap, type Camera } from './atlas-map';
import type { Basiskaart } from './style';
import { opwarmLagen } from './verkenner-tekening';

let vroeg: { map: AtlasMap; el: HTMLDivElement } | null = null;
let eersteKaart = false;
const wachtenden: (() => void)[] = [];

/**
 * Starts the map in a hidden element where the explorer's map will be (a guess; resized later),
 * with the basemap the user chose before: its canvas is made with or without alpha (atlas-map.ts),
 * which cannot change afterwards without making the map again.
 */
export function startKaartVroeg(basiskaart: Basiskaart = 'geen'): void {
	if (vroeg) return;
	const el = document.createElement('div');
	// The explorer's layout: a header, and beside the map the 21rem side panel (not on a phone).
	Object.assign(el.style, {
		position: 'fixed',
		left: window.innerWidth <= 760 ? '0' : '21rem',
		top: '4.5rem',
		right: '0',
		bottom: '0',
		visibility: 'hidden',
		pointerEvents: 'none'
	});
	document.body.appendChild(el);
	const map = new AtlasMap({ container: el, basiskaart });
	map.opwarmen(opwarmLagen());
	vroeg = { map, el };
}

/**
 * The map started by startKaartVroeg, moved into `doel` at its size and camera (null when there is
 * none). Camera and size are set before the caller connects its callbacks, as for a new map.
 */
export function neemVroegeKaart(doel: HTMLElement, camera: Camera | null): AtlasMap | null {
	const v = vroeg;
	vroeg = null;
	if (!v) return null;
	doel.appendChild(v.el);
	Object.assign(v.el.style, {
		position: 'absolute',
		left: '0',
		top: '0',
		right: '0',
		bottom: '0',
		visibility: '',
		pointerEvents: ''
	});
	// At the new size, with the camera asked for (or the whole country); deck.gl draws it with
	// its next frame, once.
	v.map.pasAan(camera);
	return v.map;
}

/** Frees a map that was started but never taken over (the data did not load, the page was left). */
export function ruimVroegeKaartOp(): void {
	vroeg?.map.destroy();
	vroeg?.el.remove();
	vroeg = null;
}

/** Called at the first complete map of the page. */
export function meldEersteKaart(): void {
	eersteKaart = true;
	for (const f of wachtenden.splice(0)) f();
}

/**
 * Resolves at the first complete map of the page (or after `maxMs`, so that nothing waits on a map
 * that cannot draw): what is mounted after it does not compete with the map's first frame.
 */
export function naEersteKaart(maxMs = 4000): Promise<void> {
	if (eersteKaart) return Promise.resolve();
	return new Promise((klaar) => {
		wachtenden.push(klaar);
		setTimeout(klaar, maxMs);
	});
}
