import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { echteData } from './test-data';
import { lagenUitAtlas, type Laag } from './lagen';
import { dissolve } from './dissolve';
import { dekking, gatenEnOverlap } from './dekking';
import { contiguiteit } from './contiguiteit';
import { congruentie, dichteTabel } from './congruentie';
import { schaalTelling, rangen } from './schaal';
import { partnersVan, partnerNetwerk } from './partners';
import { analyseer } from './analyse';
import { ringenVan } from './geo-index';

const { atlas, index, topology } = echteData();
const lagen = lagenUitAtlas(atlas);
const laag = (id: string) => lagen.find((l) => l.id === id)!;
// The partitions (the CBS 2025 indelingen); the Regioatlas 2016 ones leave a gemeente or more out.
const partities = new Set<string>(atlas.indelingen.filter((i) => i.dekkend).map((i) => i.id));
const indelingen = lagen.filter((l) => l.soort === 'indeling' && partities.has(l.id));
const somOppervlakte = (codes: string[]) =>
	codes.reduce((s, c) => s + index.oppervlakte[index.positie.get(c)!], 0);

describe('geo-index', () => {
	test('342 gemeenten, each with neighbours or an island, and a label point inside', () => {
		expect(index.codes).toHaveLength(342);
		const zonderBuren = index.codes.filter((_, i) => index.buren[i].length === 0);
		// Only islands can lack a land border in the generalised topology…
		expect(zonderBuren.length).toBeLessThan(10);
		// …and every one of them has a neighbour across the water.
		for (const c of zonderBuren)
			expect(index.waterburen[index.positie.get(c)!].length).toBeGreaterThan(0);
		const ams = index.labelPunt('GM0363');
		expect(ams[0]).toBeGreaterThan(4.7);
		expect(ams[0]).toBeLessThan(5.1);
	});

	test('boundsVan spans exactly its members and ignores unknown codes', () => {
		// Maastricht (south-east) and Den Helder (north-west) span most of the country.
		const b = index.boundsVan(['GM0935', 'GM0400', 'GM9999'])!;
		const m = index.bounds('GM0935')!;
		const h = index.bounds('GM0400')!;
		expect(b).toEqual([
			[Math.min(m[0][0], h[0][0]), Math.min(m[0][1], h[0][1])],
			[Math.max(m[1][0], h[1][0]), Math.max(m[1][1], h[1][1])]
		]);
		expect(b[0][1]).toBeLessThan(50.9);
		expect(b[1][1]).toBeGreaterThan(52.9);
		expect(index.boundsVan(['GM9999'])).toBeNull();
		expect(index.boundsVan([])).toBeNull();
	});

	test('grenzen: every border segment of every gemeente ring once, shared borders not twice', () => {
		const sleutel = (a: number[], b: number[]) => {
			const [p, q] = [a.join(','), b.join(',')].sort();
			return `${p};${q}`;
		};
		const uitRingen = new Map<string, number>();
		for (const f of index.features)
			for (const ring of ringenVan(f))
				for (let i = 1; i < ring.length; i++) {
					const k = sleutel(ring[i - 1], ring[i]);
					uitRingen.set(k, (uitRingen.get(k) ?? 0) + 1);
				}
		const uitGrenzen = new Map<string, number>();
		for (const lijn of index.grenzen())
			for (let i = 1; i < lijn.length; i++) {
				const k = sleutel(lijn[i - 1], lijn[i]);
				uitGrenzen.set(k, (uitGrenzen.get(k) ?? 0) + 1);
			}
		expect(new Set(uitGrenzen.keys())).toEqual(new Set(uitRingen.keys()));
		// Each border once. The source generalisation has a few distinct arcs over the same
		// segment (3 of 3540 in CBS 2025); those stay as they are.
		const dubbel = [...uitGrenzen.values()].filter((n) => n > 1).length;
		expect(dubbel).toBeLessThan(uitGrenzen.size * 0.002);
		// Most borders are shared by two gemeenten: the mesh has far fewer segments than the rings.
		const ringSegmenten = [...uitRingen.values()].reduce((a, b) => a + b, 0);
		expect(uitGrenzen.size).toBeLessThan(ringSegmenten * 0.6);
		expect(index.grenzen()).toBe(index.grenzen());
	});
});

describe('dissolve', () => {
	test('all 342 gemeenten dissolve to the sum of their areas (within 0.1 %)', () => {
		const alles = dissolve(index, index.codes);
		const som = somOppervlakte(index.codes);
		expect(Math.abs(alles.oppervlakteKm2 - som) / som).toBeLessThan(0.001);
		expect(alles.geometrie.type).toBe('MultiPolygon');
	});

	test('provincie areas sum to the national area too', () => {
		const prov = laag('provincie');
		const som = prov.regios.reduce((s, r) => s + dissolve(index, r.gemeenten).oppervlakteKm2, 0);
		const nl = dissolve(index, index.codes).oppervlakteKm2;
		expect(Math.abs(som - nl) / nl).toBeLessThan(0.001);
	});

	test('property: dissolve area = sum of member areas for random subsets', () => {
		expect(() =>
			fc.assert(
				fc.property(fc.subarray(index.codes, { minLength: 1, maxLength: 60 }), (codes) => {
					const a = dissolve(index, codes).oppervlakteKm2;
					const s = somOppervlakte(codes);
					return Math.abs(a - s) / s < 0.001;
				}),
				{ numRuns: 60 }
			)
		).not.toThrow();
	});
});

describe('dekking', () => {
	test.each(indelingen.map((l) => [l.id, l] as [string, Laag]))(
		'%s: 100 %% coverage, no gaps, no overlap',
		(_, l) => {
			const d = dekking(atlas.gemeenten, l);
			expect(d.aandeelGemeenten).toBe(1);
			expect(d.aandeelInwoners).toBe(1);
			expect(d.gaten).toEqual([]);
			expect(d.overlap).toEqual([]);
		}
	);

	test('belastingen: gaps and overlaps are exactly the gemeenten in 0 and ≥ 2 verbanden', () => {
		const l = laag('belastingen');
		const { gaten, overlap } = gatenEnOverlap(index.codes, l);
		for (const c of gaten) expect(l.regios.some((r) => r.gemeenten.includes(c))).toBe(false);
		for (const c of overlap)
			expect(l.regios.filter((r) => r.gemeenten.includes(c)).length).toBeGreaterThanOrEqual(2);
		expect(gaten.length).toBeGreaterThan(0);
		expect(gaten.length).toBeLessThan(342);
	});
});

describe('contiguiteit', () => {
	test('provincie: 12 regions, all contiguous (islands and Zeeuws-Vlaanderen across the water)', () => {
		const prov = laag('provincie');
		expect(prov.regios).toHaveLength(12);
		for (const r of prov.regios)
			expect(contiguiteit(index, r.gemeenten).delen, r.naam).toHaveLength(1);
		// Over land alone the islands and Zeeuws-Vlaanderen stand apart: the water links matter.
		const zonderWater = { ...index, samenhang: index.buren };
		const zeeland = prov.regios.find((r) => r.naam === 'Zeeland')!;
		expect(contiguiteit(zonderWater, zeeland.gemeenten).delen.length).toBeGreaterThan(1);
	});

	test('neighbours across water: islands and Zeeuws-Vlaanderen, never two mainland gemeenten', () => {
		const naam = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
		const code = new Map(atlas.gemeenten.map((g) => [g.naam, g.code]));
		const links = (topology.waterburen ?? []).map(([a, b, km]) => ({
			a: naam.get(a)!,
			b: naam.get(b)!,
			km
		}));
		const heeft = (x: string, y: string) =>
			links.some((l) => (l.a === x && l.b === y) || (l.a === y && l.b === x));
		expect(heeft('Texel', 'Den Helder')).toBe(true);
		expect(heeft('Ameland', 'Noardeast-Fryslân')).toBe(true);
		expect(heeft('Terneuzen', 'Borsele')).toBe(true);
		// Not across Belgium or along the coast past another gemeente.
		expect(heeft('Baarle-Nassau', 'Hilvarenbeek')).toBe(false);
		expect(heeft('Bergen (NH.)', 'Beverwijk')).toBe(false);
		const eilanden = new Set([
			'Texel',
			'Vlieland',
			'Terschelling',
			'Ameland',
			'Schiermonnikoog',
			'Sluis',
			'Terneuzen',
			'Hulst'
		]);
		for (const l of links) {
			expect(l.km).toBeLessThanOrEqual(10);
			// A link that is not a touch always has an island (or Zeeuws-Vlaanderen) at one end…
			if (l.km > 0) expect(eilanden.has(l.a) || eilanden.has(l.b), `${l.a}–${l.b}`).toBe(true);
			// …and never doubles a shared border.
			const i = index.positie.get(code.get(l.a)!)!;
			expect(index.buren[i]).not.toContain(index.positie.get(code.get(l.b)!));
		}
	});

	test('a verband of two gemeenten with a third in between is still not contiguous', () => {
		// Maastricht and Heerlen: Valkenburg aan de Geul and others lie between.
		const c = contiguiteit(index, ['GM0935', 'GM0917']);
		expect(c.delen).toHaveLength(2);
		// Texel and Den Helder: across the Marsdiep, one part.
		expect(contiguiteit(index, ['GM0448', 'GM0400']).delen).toHaveLength(1);
	});

	test('property: parts are the components of the adjacency graph', () => {
		expect(() =>
			fc.assert(
				fc.property(fc.subarray(index.codes, { minLength: 1, maxLength: 40 }), (codes) => {
					const { delen } = contiguiteit(index, codes);
					// Partition of the input…
					const alle = delen.flat().sort();
					if (alle.join() !== [...new Set(codes)].sort().join()) return false;
					// …with no neighbours across parts.
					const deelVan = new Map(delen.flatMap((d, i) => d.map((c) => [c, i] as const)));
					return codes.every((c) =>
						index.samenhang[index.positie.get(c)!].every((j) => {
							const n = index.codes[j];
							return !deelVan.has(n) || deelVan.get(n) === deelVan.get(c);
						})
					);
				}),
				{ numRuns: 100 }
			)
		).not.toThrow();
	});
});

describe('congruentie', () => {
	test.each(indelingen.map((l) => [l.id, l] as [string, Laag]))(
		'%s with itself: ARI 1, VI 0, nesting 1',
		(_, l) => {
			const c = congruentie(l, l);
			expect(c.ari).toBeCloseTo(1, 10);
			expect(c.vi).toBeCloseTo(0, 10);
			expect(c.nestingAinB).toBe(1);
		}
	);

	test('COROP nests 100 % inside provincie, not the other way round', () => {
		const c = congruentie(laag('corop-gebied'), laag('provincie'));
		expect(c.nestingAinB).toBe(1);
		expect(c.nestingBinA).toBeLessThan(1);
		expect(c.ari).toBeGreaterThan(0);
		expect(c.ari).toBeLessThan(1);
	});

	test('VI is symmetric and obeys the triangle inequality over the indelingen', () => {
		for (const a of indelingen)
			for (const b of indelingen) {
				expect(congruentie(a, b).vi).toBeCloseTo(congruentie(b, a).vi, 9);
				for (const c of indelingen)
					expect(congruentie(a, c).vi).toBeLessThanOrEqual(
						congruentie(a, b).vi + congruentie(b, c).vi + 1e-9
					);
			}
	});

	test('veiligheidsregio and GGD-regio line up closely (same member sets for most regions)', () => {
		const c = congruentie(laag('veiligheidsregio'), laag('ggd-regio'));
		expect(c.ari).toBeGreaterThan(0.8);
		expect(c.tabel.totaal).toBe(342);
	});

	test('the contingency table of COROP × provincie: every COROP row has one cell, sums match', () => {
		const t = congruentie(laag('corop-gebied'), laag('provincie')).tabel;
		const m = dichteTabel(t);
		expect(m).toHaveLength(40);
		m.forEach((rij, i) => {
			expect(rij.filter((x) => x > 0)).toHaveLength(1);
			expect(rij.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(t.rijTotaal[i], 9);
		});
		expect(t.kolomTotaal.reduce((a, b) => a + b, 0)).toBe(342);
	});
});

describe('schaal en partners', () => {
	test('two verbanden with identical members count as one scale', () => {
		const l: Laag = {
			id: 't',
			naam: 't',
			soort: 'domein',
			regios: [
				{ id: 'a', naam: 'a', gemeenten: ['GM0363', 'GM0362'] },
				{ id: 'b', naam: 'b', gemeenten: ['GM0362', 'GM0363'] },
				{ id: 'c', naam: 'c', gemeenten: ['GM0363'] }
			]
		};
		const t = schaalTelling(index.codes, [l]);
		expect(t.get('GM0363')).toEqual({ schalen: 2, verbanden: 3 });
		expect(t.get('GM0362')).toEqual({ schalen: 1, verbanden: 2 });
		expect(t.get('GM0014')).toEqual({ schalen: 0, verbanden: 0 });
	});

	test('every gemeente is in one region of each partition, fewer scales when regions coincide', () => {
		const t = schaalTelling(index.codes, indelingen);
		for (const [, v] of t) {
			expect(v.verbanden).toBe(indelingen.length);
			expect(v.schalen).toBeLessThanOrEqual(indelingen.length);
			expect(v.schalen).toBeGreaterThanOrEqual(1);
		}
		const r = rangen(t);
		expect(Math.min(...r.values())).toBe(1);
	});

	test('Maastricht shares BsGW with the other Limburg members', () => {
		const domeinRegios = lagen.filter((l) => l.soort === 'domein').flatMap((l) => l.regios);
		const p = partnersVan('GM0935', domeinRegios);
		const bsgw = atlas.verbanden.find((v) => v.afkorting === 'BsGW')!;
		for (const c of bsgw.gemeenten.filter((c) => c !== 'GM0935'))
			expect(p.some((x) => x.code === c)).toBe(true);
		const netwerk = partnerNetwerk(domeinRegios);
		const paar = ['GM0935', 'GM0917'].sort().join('|');
		expect(netwerk.get(paar)).toBe(p.find((x) => x.code === 'GM0917')!.gedeeld);
	});
});

describe('analyse', () => {
	test('full analysis covers every layer and every pair', () => {
		const a = analyseer(index, atlas, lagen);
		expect(a.lagen).toHaveLength(lagen.length);
		expect(a.congruentie).toHaveLength((lagen.length * (lagen.length - 1)) / 2);
	});
});
