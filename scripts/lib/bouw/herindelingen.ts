// Herindelingen: which gemeente codes went into which, from sourced facts, ROO and CBS dates.
import type { Herindeling } from '../../../src/lib/data/gemeente-match';
import { BouwFout } from '../bronnen';
import type { CbsGemeente, GeschiedenisRij, RooOrganisatie } from '../lezen';

/**
 * Herindelingen: dissolved gemeenten → 2025 successors. Sources, in order: the sourced facts in
 * data/herindelingen.yaml, ROO successor_id chains, and the CBS dates where exactly one new
 * gemeente began in the same provincie on the day the old one ended.
 */
export function bouwHerindelingen(
	geschiedenis: GeschiedenisRij[],
	rooGemeenten: RooOrganisatie[],
	feiten: { oud: string; opvolgers: string[]; datum: string; bron: string }[],
	huidig: CbsGemeente[]
): { herindelingen: Herindeling[]; zonderOpvolger: string[] } {
	const huidigeCodes = new Set(huidig.map((g) => g.code));
	const codeVanHuidigeNaam = new Map(huidig.map((g) => [g.naam, g.code]));
	const opgeheven = geschiedenis.filter((r) => r.einddatum && !huidigeCodes.has(r.code));
	const uit = new Map<string, Herindeling>();

	for (const [i, f] of feiten.entries()) {
		const oud = opgeheven.filter((r) => r.naam === f.oud && r.einddatum === f.datum);
		if (oud.length !== 1)
			throw new BouwFout(
				`data/herindelingen.yaml, item ${i + 1}: "${f.oud}" met einddatum ${f.datum} niet (eenduidig) in de CBS-geschiedenis.`
			);
		const opvolgers = f.opvolgers.map((n) => {
			const c = codeVanHuidigeNaam.get(n);
			if (!c)
				throw new BouwFout(
					`data/herindelingen.yaml, item ${i + 1}: opvolger "${n}" is geen gemeente van 2025.`
				);
			return c;
		});
		uit.set(oud[0].code, {
			code: oud[0].code,
			naam: oud[0].naam,
			einddatum: f.datum,
			opvolgers,
			bron: f.bron
		});
	}

	// ROO successor_id chains (complete until about 2018).
	const perId = new Map(rooGemeenten.map((r) => [r.id, r]));
	const codeVan = (r: RooOrganisatie) => {
		const m = /gm(\d{4})$/i.exec(r.tooi ?? '');
		return m ? `GM${m[1]}` : null;
	};
	const naarHuidig = (code: string, diepte = 0): string[] | null => {
		if (huidigeCodes.has(code)) return [code];
		if (diepte > 10) return null;
		const h = uit.get(code);
		if (h) return h.opvolgers;
		const r = rooGemeenten.find((x) => codeVan(x) === code && x.successorId);
		const volgende = r?.successorId ? perId.get(r.successorId) : undefined;
		const vc = volgende ? codeVan(volgende) : null;
		return vc ? naarHuidig(vc, diepte + 1) : null;
	};

	for (const r of opgeheven) {
		if (uit.has(r.code)) continue;
		const viaRoo = naarHuidig(r.code);
		if (viaRoo) {
			uit.set(r.code, {
				code: r.code,
				naam: r.naam,
				einddatum: r.einddatum!,
				opvolgers: viaRoo,
				bron: 'ROO successor_id'
			});
			continue;
		}
		const nieuw = geschiedenis.filter(
			(x) => x.begindatum === r.einddatum && x.provincieCode === r.provincieCode
		);
		if (nieuw.length === 1) {
			const opv = naarHuidig(nieuw[0].code);
			if (opv)
				uit.set(r.code, {
					code: r.code,
					naam: r.naam,
					einddatum: r.einddatum!,
					opvolgers: opv,
					bron: `CBS-indeling: enige nieuwe gemeente in ${r.provincieCode} per ${r.einddatum}`
				});
		}
	}
	const zonderOpvolger = opgeheven
		.filter((r) => !uit.has(r.code) && r.einddatum! >= '2000-01-01')
		.map((r) => `${r.code} ${r.naam} (tot ${r.einddatum})`);
	return {
		herindelingen: [...uit.values()].sort((a, b) => a.code.localeCompare(b.code)),
		zonderOpvolger
	};
}
