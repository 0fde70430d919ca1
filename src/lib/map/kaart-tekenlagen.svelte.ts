// The deck.gl layers of an explorer map (the explorer and the embed), kept as derived state.
// They depend on the zoom only through "names shown or not": moving the map sets the zoom on
// every move end, and rebuilding the layers then would hand deck.gl new path data to process
// and upload for nothing.
import type { Layer } from '@deck.gl/core';
import { deckInvoer, type KaartStaat } from '$lib/state/kaart-staat';
import { gemeenteOp } from '$lib/geo/aanwijzen';
import {
	bouwVerkennerLagen,
	LABEL_ZOOM,
	laadLabels,
	type LabelFabriek
} from './verkenner-tekening';

export class KaartTekenlagen {
	private readonly staat: () => KaartStaat;
	private readonly zoom: () => number;
	/** The TextLayer code, loaded the first time the map is zoomed in far enough for names. */
	private maakLabels: LabelFabriek | null = $state(null);
	private readonly namen = $derived.by(() => this.zoom() >= LABEL_ZOOM);
	readonly layers: Layer[] = $derived.by(() =>
		bouwVerkennerLagen({
			...deckInvoer(this.staat(), this.namen ? LABEL_ZOOM : 0),
			maakLabels: this.maakLabels
		})
	);

	/** The gemeente drawn at a point (of the date shown), for hover and click. */
	readonly zoek = (lng: number, lat: number) => gemeenteOp(this.staat().model.features, lng, lat);

	/** Create during component initialisation (it starts an effect). */
	constructor(staat: () => KaartStaat, zoom: () => number) {
		this.staat = staat;
		this.zoom = zoom;
		$effect(() => {
			if (this.namen && !this.maakLabels) laadLabels().then((f) => (this.maakLabels = f));
		});
	}
}
