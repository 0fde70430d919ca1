/**
 * The explorer's shareable state in the URL (permalink), as a pure encode/decode pair.
 * Unknown or malformed parameters are dropped one by one; the rest is restored. Never throws.
 */
import type { Samenwerkingsvorm } from '$lib/data/types';
import { decodeVormen, encodeVormen } from './vorm-filter';

export interface ViewState {
	/** Visible layer ids, in panel order as given. */
	lagen: string[];
	/** Selected gemeente code, e.g. GM0935. */
	gemeente: string | null;
	camera: { lng: number; lat: number; zoom: number } | null;
	taal: 'nl' | 'en';
	/** Samenwerkingsvormen that count (`vorm=`); absent = every form. */
	vorm?: Samenwerkingsvorm[];
	/** The date the view shows (YYYY-MM-DD); absent = today (the register's peildatum). */
	datum?: string;
	/** The change view: the earlier date compared with `datum` (or today). */
	vergelijk?: string;
}

export interface DecodeOptions {
	/** Layer ids that exist; others are ignored. */
	bekendeLagen: ReadonlySet<string>;
	/** Gemeente codes that exist; others are ignored. */
	bekendeGemeenten: ReadonlySet<string>;
	/** What to use when the URL names no (valid) layers at all. */
	standaardLagen: readonly string[];
	/** The dates time travel covers; without it `datum` and `vergelijk` are not read. */
	datumBereik?: { van: string; tot: string };
}

const CODE = /^GM\d{4}$/;
const MAX_PARAM = 2000;

/** Decode a query string into a view state, ignoring whatever is unknown or malformed. */
export function decodeViewState(search: URLSearchParams, opts: DecodeOptions): ViewState {
	const lagenParam = veilig(search.get('lagen'));
	let lagen: string[];
	if (lagenParam === null) {
		lagen = [...opts.standaardLagen];
	} else if (lagenParam === '') {
		lagen = [];
	} else {
		const gevraagd = lagenParam.split(',').map((s) => s.trim());
		lagen = [...new Set(gevraagd.filter((id) => opts.bekendeLagen.has(id)))];
		// Only garbage given: fall back to the default rather than an empty map.
		if (lagen.length === 0) lagen = [...opts.standaardLagen];
	}

	const g = veilig(search.get('gemeente'))?.toUpperCase() ?? null;
	const gemeente = g && CODE.test(g) && opts.bekendeGemeenten.has(g) ? g : null;

	const state: ViewState = {
		lagen,
		gemeente,
		camera: decodeCamera(veilig(search.get('kaart'))),
		taal: search.get('taal') === 'en' ? 'en' : 'nl',
		...metVorm(decodeVormen(veilig(search.get('vorm'))))
	};
	if (opts.datumBereik) {
		const datum = decodeDatum(search, opts.datumBereik);
		if (datum) state.datum = datum;
		const vergelijk = decodeDatum(search, opts.datumBereik, 'vergelijk');
		if (vergelijk) state.vergelijk = vergelijk;
	}
	return state;
}

/**
 * The date in `datum=` (or another parameter): a real YYYY-MM-DD date within the range, else null
 * (today). The last day of the range is today, so it is null too: one link per view.
 */
export function decodeDatum(
	search: URLSearchParams,
	bereik: { van: string; tot: string },
	param = 'datum'
): string | null {
	const d = veilig(search.get(param))?.trim() ?? '';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
	const t = new Date(`${d}T00:00:00Z`);
	if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) return null;
	return d >= bereik.van && d < bereik.tot ? d : null;
}

/** Only a filtered state carries `vorm`, so an unfiltered one equals what it was before the filter. */
function metVorm(vorm: Samenwerkingsvorm[] | undefined): { vorm?: Samenwerkingsvorm[] } {
	return vorm ? { vorm } : {};
}

/** Encode a view state as query parameters (stable order, short numbers). */
export function encodeViewState(state: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	p.set('lagen', state.lagen.join(','));
	if (state.gemeente) p.set('gemeente', state.gemeente);
	if (state.camera) {
		const { lng, lat, zoom } = state.camera;
		p.set('kaart', `${lng.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
	}
	if (state.taal === 'en') p.set('taal', 'en');
	const vorm = encodeVormen(state.vorm);
	if (vorm !== null) p.set('vorm', vorm);
	if (state.datum) p.set('datum', state.datum);
	if (state.vergelijk) p.set('vergelijk', state.vergelijk);
	return p;
}

/** The query string of a view for a shared link; commas stay readable (they are allowed there). */
export function permalinkQuery(state: ViewState): string {
	return encodeViewState(state).toString().replace(/%2C/gi, ',');
}

function veilig(v: string | null): string | null {
	if (v === null) return null;
	return v.length > MAX_PARAM ? null : v;
}

function decodeCamera(v: string | null): ViewState['camera'] {
	if (!v) return null;
	const delen = v.split(',');
	if (delen.length !== 3) return null;
	if (!delen.every((d) => /^-?\d+(\.\d+)?$/.test(d.trim()))) return null;
	const [lng, lat, zoom] = delen.map(Number);
	if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
	return { lng, lat, zoom };
}
