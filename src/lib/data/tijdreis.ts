/**
 * Time travel: today's atlas as it was on a date D, from the register's history
 * (geschiedenis.ts). The result has the shape of today's `Atlas`, so every analysis (geo/) and the
 * explorer's view model work on it unchanged, on the topology of D's period. Pure (no DOM).
 */
import type { Atlas, Gemeente, GemeenteCode, Verband } from './types';
import {
	GESCHIEDENIS_VANAF,
	gemeentenOp,
	periodeOp,
	verbandenOp,
	type Geschiedenis,
	type Keten
} from './geschiedenis';

/**
 * Whether `d` is a real calendar date written YYYY-MM-DD (so 2019-02-30 is not): it must parse as
 * that day and read back the same.
 */
export function isIsoDatum(d: string): boolean {
	const t = new Date(`${d}T00:00:00Z`);
	return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** The date range time travel covers: from the usable start of the register to its peildatum. */
export function datumBereik(atlas: Pick<Atlas, 'meta'>): { van: string; tot: string } {
	return { van: GESCHIEDENIS_VANAF, tot: atlas.meta.peildatumRegister };
}

export interface TijdreisInfo {
	datum: string;
	/** File name in static/data of the topology of D's period. */
	topoBestand: string;
	/** Whether the official indelingen (state 2025) are shown: only when D has today's gemeenten. */
	indelingenGetoond: boolean;
	/** Gemeenten of D whose code no longer exists: inwoners and area unknown (0 in the atlas). */
	zonderInwoners: GemeenteCode[];
}

export interface TijdreisAtlas {
	atlas: Atlas;
	info: TijdreisInfo;
}

function zelfdeSet(a: readonly string[], b: ReadonlySet<string>): boolean {
	return a.length === b.size && a.every((c) => b.has(c));
}

/** A verband that no longer exists today, rebuilt from its chain (only what the register says). */
function verbandUitKeten(k: Keten, versieVan: string, gemeenten: GemeenteCode[]): Verband {
	return {
		id: k.id,
		naam: k.naam,
		afkorting: k.afkorting,
		samenwerkingsvorm: k.vorm,
		beleidsterreinen: [],
		domeinen: k.domeinen,
		gemeenten,
		deelnemers: [],
		sinds: k.versies[0].van,
		versieSinds: versieVan,
		versies: k.versies.length,
		regime: 'onbekend',
		raadNeemtDeel: false,
		gedelegeerd: false,
		grondslagen: [],
		bron: {
			naam: 'Register van Overheidsorganisaties (geschiedenis)',
			url: 'https://organisaties.overheid.nl/',
			peildatum: versieVan,
			licentie: 'CC0'
		}
	};
}

/**
 * Today's atlas as it was on D: the gemeenten of D (names and provincie of that date; inwoners and
 * area from today where the code still exists, else 0), the verbanden in force on D with their
 * members on D (today's fields kept where the regeling is the same), and the official indelingen
 * only when D's gemeenten are today's (they are the 2025 state). Dates outside the history are
 * clamped to it.
 */
export function atlasOp(vandaag: Atlas, g: Geschiedenis, datum: string): TijdreisAtlas {
	const d = datum < g.vanaf ? g.vanaf : datum > g.peildatum ? g.peildatum : datum;
	const historisch = gemeentenOp(g, d);
	const geldig = new Set(historisch.map((x) => x.code));
	const nu = new Map(vandaag.gemeenten.map((x) => [x.code, x]));
	const zonderInwoners: GemeenteCode[] = [];
	const gemeenten: Gemeente[] = historisch.map((h) => {
		const n = nu.get(h.code);
		if (!n) zonderInwoners.push(h.code);
		return {
			code: h.code,
			naam: h.naam,
			provincieCode: h.provincieCode,
			provincieNaam: h.provincieNaam,
			inwoners: n?.inwoners ?? 0,
			oppervlakteKm2: n?.oppervlakteKm2 ?? 0
		};
	});
	const ketenVan = new Map(g.ketens.map((k) => [k.id, k]));
	const verbandNu = new Map(vandaag.verbanden.map((v) => [v.id, v]));
	const verbanden: Verband[] = verbandenOp(g, d, geldig).map((o) => {
		const versie = ketenVan.get(o.id)!.versies.find((v) => v.id === o.versie)!;
		const v = verbandNu.get(o.id);
		if (!v) return verbandUitKeten(ketenVan.get(o.id)!, versie.van, o.gemeenten);
		// Same regeling: today's descriptive fields, D's members and version.
		if (o.gemeenten.join() === v.gemeenten.join() && versie.van === v.versieSinds) return v;
		const leden = new Set(o.gemeenten);
		return {
			...v,
			gemeenten: o.gemeenten,
			versieSinds: versie.van,
			deelnemers: v.deelnemers.filter(
				(x) => x.soort !== 'gemeente' || (x.code && leden.has(x.code))
			)
		};
	});
	const indelingenGetoond = zelfdeSet(
		vandaag.gemeenten.map((x) => x.code),
		geldig
	);
	return {
		atlas: {
			// The date is carried in `info`: the meta says where the data came from.
			meta: vandaag.meta,
			gemeenten,
			domeinen: vandaag.domeinen,
			verbanden,
			indelingen: indelingenGetoond ? vandaag.indelingen : []
		},
		info: {
			datum: d,
			topoBestand: periodeOp(g, d)?.topo ?? g.perioden[g.perioden.length - 1].topo,
			indelingenGetoond,
			zonderInwoners
		}
	};
}
