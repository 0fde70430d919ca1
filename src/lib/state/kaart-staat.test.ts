// What a dated map and a difference map say: legend, title, peildatum line, fill and export.
import { describe, expect, test } from 'vitest';
import { echteData } from '$lib/geo/test-data';
import { maakKaartBeeld } from '$lib/export/beeld';
import { GEEN_VERGELIJKING } from '$lib/stijl/kleuren';
import { maakVerkennerModel } from './verkenner-model';
import { beginStaat } from './test-staat';
import {
	deckInvoer,
	legendaKlassen,
	legendaTekst,
	peildatumTekst,
	standaardTitel,
	tooltipVan,
	vulkleurVan,
	type KaartStaat
} from './kaart-staat';

const { atlas, topology } = echteData();
const model = maakVerkennerModel({ atlas, topology });
const NL: [[number, number], [number, number]] = [
	[3.2, 50.7],
	[7.3, 53.6]
];
const basis: KaartStaat = beginStaat(model, ['belastingen']);
const waarden = new Map<string, number | null>(model.gemeenten.map((g) => [g.code, 0]));
waarden.set('GM0363', 2).set('GM0014', -4).set('GM1979', null).set('GM0935', 7);
const verschil: KaartStaat = {
	...basis,
	verschil: { van: '2019-01-01', tot: '2026-05-16', waarden }
};

describe('kaart-staat with a date', () => {
	test('title and peildatum line carry the date', () => {
		const s = { ...basis, datum: '2019-06-01' };
		expect(standaardTitel(s)).toBe('Samenwerking op Belastingen, stand op 1 juni 2019');
		expect(peildatumTekst(s)).toMatch(/^Stand op 1 juni 2019 \(gemeenten en register\)/);
		expect(standaardTitel({ ...s, taal: 'en' })).toBe(
			'Cooperation on Belastingen, as of 1 June 2019'
		);
		// Today: as before.
		expect(standaardTitel(basis)).toBe('Samenwerking op Belastingen');
		expect(deckInvoer(s, 7).kleurVersie).not.toBe(deckInvoer(basis, 7).kleurVersie);
	});

	test('the difference map: diverging classes, counted, and "no comparison" in grey', () => {
		const k = legendaKlassen(verschil);
		expect(k.map((x) => x.label)).toEqual([
			'≤ −3',
			'−2',
			'−1',
			'0',
			'+1',
			'+2',
			'≥ +3',
			'geen vergelijking (heringedeeld)'
		]);
		expect(k.map((x) => x.aantal)).toEqual([1, 0, 0, model.gemeenten.length - 4, 0, 1, 1, 1]);
		const vul = vulkleurVan(verschil);
		expect(vul('GM1979')).toBe(GEEN_VERGELIJKING);
		expect(vul('GM0363')).toBe(k[5].kleur);
		expect(vul('GM0935')).toBe(k[6].kleur);
		expect(legendaTekst(verschil).titel).toBe('Verandering in aantal schalen');
		expect(standaardTitel(verschil)).toBe(
			'Verandering in schalen op Belastingen, 1 januari 2019 – 16 mei 2026'
		);
		const t = tooltipVan(verschil, { x: 1, y: 1, object: { properties: { code: 'GM0363' } } });
		expect(t?.verschil).toEqual({ waarde: 2, van: '2019-01-01' });
	});

	test('the export of a difference map has its legend, title and colours', () => {
		const beeld = maakKaartBeeld(verschil, { bounds: NL });
		expect(beeld.titel).toContain('Verandering in schalen');
		expect(beeld.legenda.titel).toBe('Verandering in aantal schalen');
		expect(beeld.legenda.klassen).toHaveLength(8);
		expect(beeld.vulkleur['GM1979']).toBe(GEEN_VERGELIJKING);
		expect(beeld.ondertitel).toMatch(/^Stand op 16 mei 2026/);
	});
});
