// The map's own controls (deck.gl has none): zoom buttons and a scale bar, plain DOM in the map's
// container, styled in app.css (.kaart-bediening, .kaart-schaal).
import { meterPerPixel } from './camera';

export interface BedieningTeksten {
	kaart: string;
	inzoomen: string;
	uitzoomen: string;
	schaal: string;
}

export const BEDIENING_NL: BedieningTeksten = {
	kaart: 'Kaart: pijltjestoetsen verschuiven, + en − zoomen',
	inzoomen: 'Inzoomen',
	uitzoomen: 'Uitzoomen',
	schaal: 'Schaalstok'
};

/**
 * The scale bar at a zoom and latitude: the longest round length (1, 2 or 5 × 10ⁿ m) that fits in
 * `maxPx` CSS pixels, its text ("500 m", "20 km") and its width.
 */
export function schaalBalk(zoom: number, lat: number, maxPx = 100): { tekst: string; px: number } {
	const mpp = meterPerPixel(zoom, lat);
	const max = maxPx * mpp;
	const macht = 10 ** Math.floor(Math.log10(max));
	const m = [5, 2, 1].map((f) => f * macht).find((l) => l <= max) ?? macht;
	return { tekst: m >= 1000 ? `${m / 1000} km` : `${m} m`, px: Math.round(m / mpp) };
}

export class KaartBediening {
	private readonly el: HTMLDivElement;
	private readonly balk: HTMLDivElement;
	private readonly knoppen: HTMLButtonElement[] = [];

	constructor(
		container: HTMLElement,
		teksten: Partial<BedieningTeksten> | undefined,
		zoom: (delta: number) => void
	) {
		const t = { ...BEDIENING_NL, ...teksten };
		this.el = document.createElement('div');
		this.el.className = 'kaart-bediening';
		for (const [tekst, label, delta] of [
			['+', t.inzoomen, 1],
			['−', t.uitzoomen, -1]
		] as const) {
			const knop = document.createElement('button');
			knop.type = 'button';
			knop.textContent = tekst;
			knop.setAttribute('aria-label', label);
			knop.title = label;
			knop.addEventListener('click', () => zoom(delta));
			this.el.appendChild(knop);
			this.knoppen.push(knop);
		}
		this.balk = document.createElement('div');
		this.balk.className = 'kaart-schaal';
		this.balk.setAttribute('aria-label', t.schaal);
		container.appendChild(this.el);
		container.appendChild(this.balk);
	}

	/** The labels in another language. */
	zetTeksten(teksten: Partial<BedieningTeksten>): void {
		const t = { ...BEDIENING_NL, ...teksten };
		for (const [knop, label] of [
			[this.knoppen[0], t.inzoomen],
			[this.knoppen[1], t.uitzoomen]
		] as const) {
			knop.setAttribute('aria-label', label);
			knop.title = label;
		}
		this.balk.setAttribute('aria-label', t.schaal);
	}

	werkBij(zoom: number, lat: number): void {
		const b = schaalBalk(zoom, lat);
		this.balk.textContent = b.tekst;
		this.balk.style.width = `${b.px}px`;
	}

	verwijder(): void {
		this.el.remove();
		this.balk.remove();
	}
}
