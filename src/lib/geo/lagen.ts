/**
 * A laag (layer) is a domain (its verbanden: they may overlap and leave gaps) or an indeling
 * (a partition of all gemeenten). Both get one shape so every analysis works on either.
 */
import type { Atlas, GemeenteCode } from '$lib/data/types';
import { DOMEIN_IDS } from '$lib/data/types';

export interface LaagRegio {
	/** Verband id or region code. */
	id: string;
	naam: string;
	gemeenten: GemeenteCode[];
}

export interface Laag {
	id: string;
	naam: string;
	soort: 'domein' | 'indeling';
	regios: LaagRegio[];
}

/** The layers of the atlas: the domains (in panel order), then the indelingen. */
export function lagenUitAtlas(atlas: Atlas): Laag[] {
	const naamVan = new Map(atlas.domeinen.map((d) => [d.id, d.naam]));
	const domeinen: Laag[] = DOMEIN_IDS.map((id) => ({
		id,
		naam: naamVan.get(id) ?? id,
		soort: 'domein',
		regios: atlas.verbanden
			.filter((v) => v.domeinen.includes(id))
			.map((v) => ({ id: v.id, naam: v.naam, gemeenten: v.gemeenten }))
	}));
	const indelingen: Laag[] = atlas.indelingen.map((i) => ({
		id: i.id,
		naam: i.naam,
		// An indeling that does not cover every gemeente (Regioatlas 2016: intergemeentelijke sociale
		// diensten) leaves gaps like a domain; gaps and overlap are then computed for it.
		soort: i.dekkend === false ? 'domein' : 'indeling',
		regios: i.regios.map((r) => ({ id: r.code, naam: r.naam, gemeenten: r.gemeenten }))
	}));
	return [...domeinen, ...indelingen];
}

/** The key of a scale: its sorted member codes. Two regions with the same members are one scale. */
export function schaalSleutel(gemeenten: readonly GemeenteCode[]): string {
	return [...gemeenten].sort().join(',');
}
