// The regio-paspoort of one gemeente: everything the profile page shows, computed from the atlas.
// Pure: runs at prerender time in Node and in tests.
import type { Atlas, DomeinId, Gemeente, Samenwerkingsvorm, Verband } from '$lib/data/types';
import { DOMEIN_IDS } from '$lib/data/types';
import { median } from 'd3-array';
import type { Laag } from './lagen';
import { rangen, schaalTelling } from './schaal';

export interface ProfielVerband {
	id: string;
	naam: string;
	afkorting?: string;
	vorm: Samenwerkingsvorm;
	leden: number;
	/** Member since (ISO date) when the register gives it. */
	lidSinds?: string;
	bronUrl: string;
}

export interface ProfielPartner {
	code: string;
	naam: string;
	gedeeld: number;
	verbanden: string[];
}

export interface DomeinVergelijking {
	a: DomeinId;
	b: DomeinId;
	/** Partners in both domains, only in A, only in B. */
	beide: number;
	alleenA: string[];
	alleenB: string[];
	/** Jaccard similarity of the two partner sets, 0..1. */
	gelijkenis: number;
}

export interface GemeenteProfiel {
	gemeente: Gemeente;
	aantalVerbanden: number;
	aantalSchalen: number;
	/** 1 = most. Ties share the rank. */
	rangSchalen: number;
	rangSchalenProvincie: number;
	aantalGemeenten: number;
	aantalInProvincie: number;
	medianSchalenProvincie: number;
	medianSchalenLand: number;
	perDomein: { domein: DomeinId; verbanden: ProfielVerband[] }[];
	partners: ProfielPartner[];
	/** `jaar`: the indeling's peildatum year (2016 for the Regioatlas ones). */
	indelingen: { id: string; naam: string; regio: string; regioCode: string; jaar: number }[];
	/** Pairs of domains whose partner sets differ (not lining up). */
	afwijkingen: DomeinVergelijking[];
}

/** All verbanden as one layer: each verband counts once, whatever its domains. */
function alleVerbanden(verbanden: readonly Verband[]): Laag {
	return {
		id: 'alle',
		naam: 'Alle samenwerkingsverbanden',
		soort: 'domein',
		regios: verbanden.map((v) => ({ id: v.id, naam: v.naam, gemeenten: v.gemeenten }))
	};
}

/** Build the profile of `code`. Throws a Dutch error when the code is unknown. */
export function gemeenteProfiel(atlas: Atlas, code: string): GemeenteProfiel {
	const gemeente = atlas.gemeenten.find((g) => g.code === code);
	if (!gemeente) throw new Error(`Onbekende gemeentecode: ${code}`);
	const naamVan = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
	const eigen = atlas.verbanden.filter((v) => v.gemeenten.includes(code));
	const telling = schaalTelling(
		atlas.gemeenten.map((g) => g.code),
		[alleVerbanden(atlas.verbanden)]
	);
	const schalen = (c: string) => telling.get(c)?.schalen ?? 0;
	const alleSchalen = atlas.gemeenten.map((g) => schalen(g.code));
	const provincie = atlas.gemeenten.filter((g) => g.provincieCode === gemeente.provincieCode);
	const provSchalen = provincie.map((g) => schalen(g.code));
	const provincieVan = new Map(atlas.gemeenten.map((g) => [g.code, g.provincieCode]));
	const rangLand = rangen(telling);
	const rangProvincie = rangen(telling, (c) => provincieVan.get(c) ?? '');

	const perDomein = DOMEIN_IDS.map((domein) => ({
		domein,
		verbanden: eigen
			.filter((v) => v.domeinen.includes(domein))
			.map((v): ProfielVerband => ({
				id: v.id,
				naam: v.naam,
				afkorting: v.afkorting,
				vorm: v.samenwerkingsvorm,
				leden: v.gemeenten.length,
				lidSinds: v.deelnemers.find((d) => d.code === code)?.lidSinds,
				bronUrl: v.bron.url
			}))
			.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
	})).filter((d) => d.verbanden.length > 0);

	const partnerMap = new Map<string, string[]>();
	for (const v of eigen) {
		for (const c of v.gemeenten) {
			if (c === code) continue;
			const lijst = partnerMap.get(c) ?? [];
			lijst.push(v.id);
			partnerMap.set(c, lijst);
		}
	}
	const partners = [...partnerMap]
		.map(([c, vs]) => ({ code: c, naam: naamVan.get(c) ?? c, gedeeld: vs.length, verbanden: vs }))
		.sort((a, b) => b.gedeeld - a.gedeeld || a.naam.localeCompare(b.naam, 'nl'));

	const indelingen = atlas.indelingen.flatMap((i) => {
		const r = i.regios.find((x) => x.gemeenten.includes(code));
		return r ? [{ id: i.id, naam: i.naam, regio: r.naam, regioCode: r.code, jaar: i.jaar }] : [];
	});

	const partnersPerDomein = new Map(
		perDomein.map((d) => [
			d.domein,
			new Set(
				eigen
					.filter((v) => v.domeinen.includes(d.domein))
					.flatMap((v) => v.gemeenten)
					.filter((c) => c !== code)
			)
		])
	);
	const afwijkingen: DomeinVergelijking[] = [];
	const domeinen = [...partnersPerDomein.keys()].filter((d) => d !== 'overig');
	for (let i = 0; i < domeinen.length; i++) {
		for (let j = i + 1; j < domeinen.length; j++) {
			const A = partnersPerDomein.get(domeinen[i])!;
			const B = partnersPerDomein.get(domeinen[j])!;
			const beide = [...A].filter((c) => B.has(c)).length;
			const alleenA = [...A].filter((c) => !B.has(c)).map((c) => naamVan.get(c) ?? c);
			const alleenB = [...B].filter((c) => !A.has(c)).map((c) => naamVan.get(c) ?? c);
			const unie = A.size + B.size - beide;
			if (alleenA.length + alleenB.length === 0) continue;
			afwijkingen.push({
				a: domeinen[i],
				b: domeinen[j],
				beide,
				alleenA: alleenA.sort((x, y) => x.localeCompare(y, 'nl')),
				alleenB: alleenB.sort((x, y) => x.localeCompare(y, 'nl')),
				gelijkenis: unie === 0 ? 1 : beide / unie
			});
		}
	}
	afwijkingen.sort((x, y) => x.gelijkenis - y.gelijkenis);

	return {
		gemeente,
		aantalVerbanden: eigen.length,
		aantalSchalen: schalen(code),
		rangSchalen: rangLand.get(code)!,
		rangSchalenProvincie: rangProvincie.get(code)!,
		aantalGemeenten: atlas.gemeenten.length,
		aantalInProvincie: provincie.length,
		medianSchalenProvincie: median(provSchalen) ?? 0,
		medianSchalenLand: median(alleSchalen) ?? 0,
		perDomein,
		partners,
		indelingen,
		afwijkingen
	};
}
