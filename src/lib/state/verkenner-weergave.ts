// What the explorer's two screens (the explorer and the embed) show beside the map: the legend's
// content, the groups of the layer panel, the gemeente a click picked and the name of a code.
// Pure (no Svelte, no DOM): the screens stay layout, and this is tested without a browser.
import { datumLang, vertaal, type Taal, type TekstSleutel } from '$lib/i18n';
import {
	legendaKlassen,
	legendaLagen,
	legendaTekst,
	registerUitleg,
	vormFilterTekst,
	type KaartStaat,
	type LegendaKlasse,
	type LegendaLaag
} from './kaart-staat';
import type { LaagView } from './verkenner-model';

/** The props of the legend (Legenda.svelte) for a map state. */
export interface LegendaInhoud {
	klassen: LegendaKlasse[];
	lagen: LegendaLaag[];
	taal: KaartStaat['taal'];
	titel: string;
	uitleg: string;
	registerUitleg: string | null;
	vormFilter: string | null;
}

export function legendaInhoud(s: KaartStaat): LegendaInhoud {
	const { titel, uitleg } = legendaTekst(s);
	return {
		klassen: legendaKlassen(s),
		lagen: legendaLagen(s),
		taal: s.taal,
		titel,
		uitleg,
		registerUitleg: registerUitleg(s),
		vormFilter: vormFilterTekst(s)
	};
}

/** One layer in the layer panel (LagenPaneel.svelte). */
export interface LaagPaneelItem {
	id: string;
	naam: string;
	kleur: string;
	/** Opacity of its outline, 0.2..1 (1 = opaque). */
	ondoorzichtigheid: number;
	zichtbaar: boolean;
	/** e.g. "34 verbanden" or "25 regio's" */
	detail: string;
	/** Domain layers: whether its gaps are hatched (undefined for indelingen, which have none). */
	gatenTonen?: boolean;
}

/** One group of the layer panel. */
export interface LaagPaneelGroep {
	titel: string;
	lagen: LaagPaneelItem[];
}

/** The panel's groups in this order; a group without layers is left out. */
const GROEPEN: [LaagView['groep'], TekstSleutel][] = [
	['eigen', 'eigen_gegevens'],
	['kern', 'domeinen_kern'],
	['overig', 'domeinen_overig'],
	['indeling', 'indelingen']
];

/** The layer panel: every layer by group, with its style, visibility and (domains) its gaps switch. */
export function laagGroepen(
	lagen: readonly LaagView[],
	s: Pick<KaartStaat, 'zichtbaar' | 'gatenTonen' | 'stijl' | 'taal'>
): LaagPaneelGroep[] {
	return GROEPEN.filter(([g]) => lagen.some((l) => l.groep === g)).map(([g, titel]) => ({
		titel: vertaal(s.taal, titel),
		lagen: lagen
			.filter((l) => l.groep === g)
			.map((l) => ({
				id: l.id,
				naam: l.naam,
				kleur: s.stijl.get(l.id)?.kleur ?? l.kleur,
				ondoorzichtigheid: s.stijl.get(l.id)?.ondoorzichtigheid ?? 1,
				zichtbaar: s.zichtbaar.includes(l.id),
				detail: `${l.aantalRegios} ${vertaal(s.taal, l.soort === 'domein' ? 'verbanden' : 'regios')}`,
				gatenTonen: l.soort === 'domein' ? s.gatenTonen.includes(l.id) : undefined
			}))
	}));
}

/** The gemeente code of a picked map object (a gemeente polygon), null for anything else. */
export function gemeenteCodeVan(info: { object?: unknown }): string | null {
	return (info.object as { properties?: { code?: string } } | null)?.properties?.code ?? null;
}

/**
 * The name of a gemeente code from the first register that knows it (the date shown, the
 * comparison date, today); the code itself when none does.
 */
export function naamVanCode(
	code: string,
	registers: readonly (ReadonlyMap<string, { naam: string }> | undefined)[]
): string {
	for (const r of registers) {
		const naam = r?.get(code)?.naam;
		if (naam !== undefined) return naam;
	}
	return code;
}

/**
 * The date line over the map: "stand op 1 juni 2019", or "1 januari 2019 → 1 juni 2019" when
 * two dates are compared; null for today without a comparison (nothing to say). `kop`: the
 * capitalised form, where the line stands alone (the embed's legend).
 */
export function kaartStandTekst(
	taal: Taal,
	datum: string | null,
	vergelijk: string | null,
	vandaag: string,
	kop = false
): string | null {
	if (!datum && !vergelijk) return null;
	const tot = datumLang(taal, datum ?? vandaag);
	return vergelijk
		? vertaal(taal, 'van_tot', { van: datumLang(taal, vergelijk), tot })
		: vertaal(taal, kop ? 'stand_op_kop' : 'stand_op', { datum: tot });
}
