import { describe, expect, test } from 'vitest';
import { echteData } from '$lib/geo/test-data';
import { DATASET_FORMAAT, type Dataset } from '$lib/import/dataset';
import { maakVerkennerModel } from './verkenner-model';
import {
	VORMEN,
	decodeVormen,
	encodeVormen,
	filterOpVorm,
	normaliseerVormen,
	vormVanTekst,
	vormenInGegevens
} from './vorm-filter';
import { beginStaat } from './test-staat';
import {
	leegTekst,
	legendaLagen,
	tooltipVan,
	vormFilterTekst,
	type KaartStaat
} from './kaart-staat';

const { atlas, topology, index } = echteData();
const data = { atlas, topology };

const eigen: Dataset = {
	formaat: DATASET_FORMAAT,
	versie: 1,
	id: 'proef',
	naam: 'Proef',
	bestand: 'proef.csv',
	geimporteerd: '2026-01-01T00:00:00Z',
	verbanden: [
		{
			id: 'dimpact',
			naam: 'Dimpact',
			domein: 'ict',
			vorm: 'Coöperatie U.A.',
			gemeenten: ['GM0935']
		},
		{ id: 'conv', naam: 'Convenant X', domein: 'overig', vorm: 'convenant', gemeenten: ['GM0363'] },
		{ id: 'los', naam: 'Zonder vorm', domein: 'overig', gemeenten: ['GM0344'] }
	]
};

describe('vorm-filter: the URL value', () => {
	test('round-trips every form in canonical order', () => {
		const alle = VORMEN.map((v) => v.vorm);
		expect(decodeVormen(encodeVormen([...alle].reverse()))).toEqual(alle);
	});
	test('unknown codes and duplicates are dropped; only garbage means no filter', () => {
		expect(decodeVormen('stichting,bestaatniet,openbaar-lichaam,stichting')).toEqual([
			'openbaar lichaam',
			'stichting'
		]);
		expect(decodeVormen('<script>')).toBeUndefined();
		expect(decodeVormen(null)).toBeUndefined();
	});
	test('an explicitly empty value is an empty choice, not "all"', () => {
		expect(decodeVormen('')).toEqual([]);
		expect(encodeVormen([])).toBe('');
		expect(encodeVormen(undefined)).toBeNull();
	});
	test('choosing every form that occurs is no filter', () => {
		const aanwezig = vormenInGegevens(data).map((v) => v.vorm);
		expect(normaliseerVormen(aanwezig, aanwezig)).toBeUndefined();
		expect(normaliseerVormen(['regeling zonder meer', 'openbaar lichaam'], aanwezig)).toEqual([
			'openbaar lichaam',
			'regeling zonder meer'
		]);
	});
});

describe('vorm-filter: imported forms', () => {
	test.each([
		['Openbaar lichaam', 'openbaar lichaam'],
		['bedrijfsvoeringsorganisatie (Wgr)', 'bedrijfsvoeringsorganisatie'],
		['Coöperatie U.A.', 'coöperatie'],
		['Stichting', 'stichting'],
		['bestuursconvenant', 'convenant'],
		['centrumgemeenteconstructie', 'centrumgemeenteconstructie'],
		['vereniging', 'overig'],
		['', 'overig'],
		[undefined, 'overig']
	])('%s → %s', (tekst, vorm) => {
		expect(vormVanTekst(tekst)).toBe(vorm);
	});
	test('the forms in the data are counted, own data included', () => {
		const n = vormenInGegevens(data, [eigen]);
		const per = new Map(n.map((x) => [x.vorm, x.aantal]));
		expect(per.get('openbaar lichaam')).toBe(
			atlas.verbanden.filter((v) => v.samenwerkingsvorm === 'openbaar lichaam').length
		);
		expect(per.get('coöperatie')).toBe(1);
		expect(per.get('convenant')).toBe(1);
		expect(per.get('overig')).toBe(1);
		expect(n.reduce((a, x) => a + x.aantal, 0)).toBe(atlas.verbanden.length + 3);
	});
});

describe('vorm-filter on the real data', () => {
	const alles = maakVerkennerModel(data, [eigen], index);
	const staat = (model: typeof alles, zichtbaar: string[], vormen?: KaartStaat['vormen']) => ({
		...beginStaat(model, zichtbaar),
		vormen
	});

	test('no filter gives the same objects back', () => {
		const f = filterOpVorm(data, [eigen], undefined);
		expect(f.data).toBe(data);
		expect(f.eigen[0]).toBe(eigen);
	});

	test('only openbare lichamen: other verbanden gone, counts and gaps recomputed, indelingen whole', () => {
		const f = filterOpVorm(data, [eigen], ['openbaar lichaam']);
		expect(f.data.atlas.verbanden.every((v) => v.samenwerkingsvorm === 'openbaar lichaam')).toBe(
			true
		);
		expect(f.data.atlas.indelingen).toBe(atlas.indelingen);
		expect(f.eigen[0].verbanden).toEqual([]);
		// The input is not changed.
		expect(atlas.verbanden.some((v) => v.samenwerkingsvorm !== 'openbaar lichaam')).toBe(true);

		const model = maakVerkennerModel(f.data, f.eigen, index);
		const lagen = ['inkoop', 'integrale-toegang', 'belastingen', 'ict'];
		const voor = alles.view(lagen);
		const na = model.view(lagen);
		let minder = 0;
		for (const [c, t] of voor.telling) {
			const n = na.telling.get(c)!;
			expect(n.verbanden).toBeLessThanOrEqual(t.verbanden);
			if (n.verbanden < t.verbanden) minder++;
		}
		expect(minder).toBeGreaterThan(0);
		for (const id of lagen) {
			const v = voor.perLaag.find((p) => p.id === id)!;
			const n = na.perLaag.find((p) => p.id === id)!;
			expect(n.gaten!.length).toBeGreaterThanOrEqual(v.gaten!.length);
			// A gap is exactly a gemeente in no openbaar lichaam of the domain.
			const gedekt = new Set(
				f.data.atlas.verbanden
					.filter((x) => x.domeinen.includes(id as never))
					.flatMap((x) => x.gemeenten)
			);
			expect(n.gaten).toEqual(index.codes.filter((c) => !gedekt.has(c)));
		}
		expect(model.laag('inkoop').aantalRegios).toBeLessThanOrEqual(
			alles.laag('inkoop').aantalRegios
		);
		expect(model.view(['provincie']).telling).toEqual(alles.view(['provincie']).telling);
		// Every verband a gemeente is listed in is of the chosen form.
		for (const c of index.codes)
			for (const r of model.regiosVan('inkoop', c)) expect(r.vorm).toBe('openbaar lichaam');
	});

	test('the legend names the filter and the gaps honestly', () => {
		const f = filterOpVorm(data, [], ['openbaar lichaam', 'regeling zonder meer']);
		const s = staat(
			maakVerkennerModel(f.data, f.eigen, index),
			['inkoop', 'provincie'],
			['openbaar lichaam', 'regeling zonder meer']
		);
		expect(vormFilterTekst(s)).toBe('Alleen: openbaar lichaam, regeling zonder meer');
		expect(vormFilterTekst({ ...s, vormen: undefined })).toBeNull();
		const [inkoop, provincie] = legendaLagen(s);
		expect(inkoop.detail).toMatch(/^geen gemeenschappelijke regeling in het register: \d+/);
		expect(provincie.detail).toBeUndefined();
		expect(leegTekst(s, 'provincie')).toBe('in geen regio van deze indeling');
		expect(leegTekst({ ...s, taal: 'en' }, 'inkoop')).toBe('no joint arrangement in the register');
		const gat = s.view.perLaag[0].gaten![0];
		const tip = tooltipVan(s, { x: 1, y: 1, object: { properties: { code: gat } } })!;
		expect(tip.lagen[0]).toMatchObject({
			regios: [],
			leeg: 'geen gemeenschappelijke regeling in het register'
		});
	});

	test('an own dataset’s empty cells say "not in your own data"', () => {
		const s = staat(alles, ['eigen-proef']);
		expect(leegTekst(s, 'eigen-proef')).toBe('niet in de eigen gegevens');
	});
});
