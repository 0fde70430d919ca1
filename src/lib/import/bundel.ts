/**
 * A bundled layer (a domain or an indeling of the atlas) in the dataset format, so it can be
 * exported — and imported again — exactly like own data. Pure.
 */
import type { Atlas, DomeinId } from '$lib/data/types';
import { lagenUitAtlas } from '$lib/geo/lagen';
import { DATASET_FORMAAT, normaliseer, type Dataset } from './dataset';

export function bundelDataset(atlas: Atlas, laagId: string): Dataset | null {
	const l = lagenUitAtlas(atlas).find((x) => x.id === laagId);
	if (!l) return null;
	const verband = new Map(atlas.verbanden.map((v) => [v.id, v]));
	return {
		formaat: DATASET_FORMAAT,
		versie: 1,
		id: l.id,
		naam: l.naam,
		bestand: 'Samenwerkingsatlas',
		geimporteerd: atlas.meta.gebouwd,
		verbanden: normaliseer(
			l.regios.map((r) => {
				const v = l.soort === 'domein' ? verband.get(r.id) : undefined;
				return {
					id: r.id,
					naam: r.naam,
					domein: l.soort === 'domein' ? (l.id as DomeinId) : 'overig',
					...(l.soort === 'indeling' ? { domeinTekst: l.naam } : {}),
					...(v ? { vorm: v.samenwerkingsvorm, bron: v.bron.url } : {}),
					peildatum: v?.bron.peildatum ?? atlas.meta.peildatumGemeenten,
					gemeenten: r.gemeenten
				};
			})
		)
	};
}
