import { describe, expect, test } from 'vitest';
import { echteData } from '$lib/geo/test-data';
import { bundelDataset } from './bundel';
import { valideerDataset } from './dataset';
import { aansluiting, laagVanEigen } from './aansluiting';

const { atlas } = echteData();
const codes = new Set(atlas.gemeenten.map((g) => g.code));

describe('gebundelde laag als dataset', () => {
	test('een domein: elk verband van dat domein, met vorm, bron en peildatum uit het register', () => {
		const d = bundelDataset(atlas, 'belastingen')!;
		const register = atlas.verbanden.filter((v) => v.domeinen.includes('belastingen'));
		expect(d.verbanden.map((v) => v.id).sort()).toEqual(register.map((v) => v.id).sort());
		const bsgw = register[0];
		const v = d.verbanden.find((x) => x.id === bsgw.id)!;
		expect(v).toMatchObject({
			domein: 'belastingen',
			vorm: bsgw.samenwerkingsvorm,
			bron: bsgw.bron.url,
			peildatum: bsgw.bron.peildatum
		});
		expect(v.gemeenten).toEqual([...new Set(bsgw.gemeenten)].sort());
		// A domain's verbanden have a domain id, so no free-text domain; the file says where it came from.
		expect(d.verbanden.every((x) => x.domeinTekst === undefined)).toBe(true);
		expect([d.id, d.bestand, d.geimporteerd]).toEqual([
			'belastingen',
			'Samenwerkingsatlas',
			atlas.meta.gebouwd
		]);
	});

	test('een indeling: elke regio, domein "overig" met de naam van de indeling als tekst', () => {
		const indeling = atlas.indelingen[0];
		const d = bundelDataset(atlas, indeling.id)!;
		expect(d.verbanden).toHaveLength(indeling.regios.length);
		for (const v of d.verbanden) {
			expect(v.domein).toBe('overig');
			expect(v.domeinTekst).toBe(indeling.naam);
			expect(v.vorm).toBeUndefined();
			expect(v.peildatum).toBe(atlas.meta.peildatumGemeenten);
		}
		// Every gemeente exactly once: an indeling is a partition.
		expect(d.verbanden.flatMap((v) => v.gemeenten).sort()).toEqual([...codes].sort());
	});

	test('is een geldige dataset (te her-importeren); onbekende laag geeft null', () => {
		const d = bundelDataset(atlas, 'ict')!;
		expect(valideerDataset(JSON.parse(JSON.stringify(d)), codes)).toEqual(d);
		expect(bundelDataset(atlas, 'bestaat-niet')).toBeNull();
	});
});

describe('aansluiting van eigen gegevens op de andere schalen', () => {
	test('een eigen dataset als laag: een domeinlaag met een regio per verband', () => {
		const d = bundelDataset(atlas, 'ict')!;
		const l = laagVanEigen({ ...d, id: 'abc', naam: 'Eigen ICT' });
		expect([l.id, l.naam, l.soort]).toEqual(['eigen-abc', 'Eigen ICT', 'domein']);
		expect(l.regios).toEqual(
			d.verbanden.map((v) => ({ id: v.id, naam: v.naam, gemeenten: v.gemeenten }))
		);
	});

	test('een kopie van een indeling sluit daar perfect op aan (ARI 1, VI 0, alles past), en staat bovenaan', () => {
		const indeling = atlas.indelingen[0];
		const d = bundelDataset(atlas, indeling.id)!;
		const lagen = atlas.indelingen.map((i) => ({
			id: i.id,
			naam: i.naam,
			soort: 'indeling' as const,
			regios: i.regios.map((r) => ({ id: r.code, naam: r.naam, gemeenten: r.gemeenten }))
		}));
		const r = aansluiting(d, lagen);
		expect(r[0]).toMatchObject({ laag: indeling.id, ari: 1, nesting: 1 });
		expect(r[0].vi).toBeCloseTo(0, 9);
		expect(r.length).toBe(Math.min(8, lagen.length));
		for (let i = 1; i < r.length; i++) expect(r[i - 1].ari).toBeGreaterThanOrEqual(r[i].ari);
	});

	test('één verband met elke gemeente past in geen enkele regio (nesting 0), en ARI is 0', () => {
		const alle = {
			...bundelDataset(atlas, 'ict')!,
			verbanden: [{ id: 'nl', naam: 'Heel NL', domein: 'overig' as const, gemeenten: [...codes] }]
		};
		const indeling = atlas.indelingen[0];
		const laag = {
			id: indeling.id,
			naam: indeling.naam,
			soort: 'indeling' as const,
			regios: indeling.regios.map((r) => ({ id: r.code, naam: r.naam, gemeenten: r.gemeenten }))
		};
		const [r] = aansluiting(alle, [laag]);
		expect(r.nesting).toBe(0);
		expect(r.ari).toBeCloseTo(0, 9);
	});

	test('een laag zonder (of met één) gemeente gemeen telt niet als perfecte aansluiting', () => {
		// Dataset: one verband of the first two gemeenten. Layer "ver": one region of two other
		// gemeenten (0 shared: ARI would be 1 by the degenerate case); layer "een": a region
		// holding the first gemeente only (1 shared); layer "twee": both in one region (2 shared,
		// identical grouping: ARI 1). Only "twee" is a fit worth naming.
		const [a, b, c, e] = [...codes];
		const d = {
			...bundelDataset(atlas, 'ict')!,
			verbanden: [{ id: 'v', naam: 'V', domein: 'overig' as const, gemeenten: [a, b] }]
		};
		const laag = (id: string, gemeenten: string[]) => ({
			id,
			naam: id,
			soort: 'domein' as const,
			regios: [{ id: `${id}-1`, naam: id, gemeenten }]
		});
		const r = aansluiting(d, [laag('ver', [c, e]), laag('een', [a, c]), laag('twee', [a, b])]);
		expect(r.map((x) => [x.laag, x.gemeenschappelijk])).toEqual([['twee', 2]]);
		expect(r[0].ari).toBe(1);
	});
});
