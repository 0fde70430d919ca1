// The build's step functions that assemble the report and mark verbanden, on hand-made inputs.
// Each expected value is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import type { DomeinId, Indeling, Verband } from '../../../src/lib/data/types';
import type { RooRegeling } from '../lezen';
import { classificatieRapport, type Besluit, type ReviewRegel } from './classificatie';
import { veiligheidsregioControle } from './indelingen';
import { domeinTellingen } from './rapport';
import { markeerVervangen } from './verbanden';

const versie = (id: string, citeertitel?: string): RooRegeling => ({
	bestand: `${id}.yaml`,
	id,
	namen: [`naam ${id}`],
	...(citeertitel ? { citeertitel } : {}),
	beleidsterreinen: [],
	deelnemers: [],
	bevoegdheden: [],
	bevoegdheidsverkrijgingen: [],
	grondslagen: [],
	instellingsbesluiten: []
});
const regel = (id: string, domeinen: DomeinId[], p: Partial<ReviewRegel> = {}): ReviewRegel => ({
	id,
	naam: id,
	domeinen,
	reden: 'naam',
	zeker: true,
	bestand: 't.yaml',
	...p
});

describe('classificatieRapport', () => {
	// K1: two versions; the review names the old one (a1) → reviewed, same as the proposal.
	// K2: reviewed with doubt; proposal has the same domains in another order → no difference.
	// K3: reviewed belastingen, proposed overig → one difference.
	// K4: not reviewed → listed with its proposal, under its citeertitel.
	const K1 = [versie('a1'), versie('a2')];
	const K2 = [versie('b1')];
	const K3 = [versie('c1')];
	const K4 = [versie('d1', 'Afvalschap D')];
	const review = new Map([
		['a1', regel('a1', ['inkoop'])],
		['b1', regel('b1', ['ict', 'bedrijfsvoering'], { zeker: false })],
		['c1', regel('c1', ['belastingen'])],
		['z-oud', regel('z-oud', ['afval'])]
	]);
	const besluiten = new Map<RooRegeling[], Besluit>([
		[K1, { domeinen: ['inkoop'], review: review.get('a1'), voorstel: ['inkoop'] }],
		[
			K2,
			{
				domeinen: ['ict', 'bedrijfsvoering'],
				review: review.get('b1'),
				voorstel: ['bedrijfsvoering', 'ict']
			}
		],
		[K3, { domeinen: ['belastingen'], review: review.get('c1'), voorstel: ['overig'] }],
		[K4, { domeinen: ['afval'], voorstel: ['afval'] }]
	]);
	// The test set names a1 (an old version of K1) and c1; the second reader said ict for c1.
	const toetsset = [
		regel('a1', ['inkoop'], { lezer2: ['inkoop'] }),
		regel('c1', ['belastingen'], { lezer2: ['ict'] })
	];
	const r = classificatieRapport([K1, K2, K3, K4], (k) => besluiten.get(k)!, review, toetsset);

	it('counts reviewed, doubtful, unreviewed and unmatched review entries', () => {
		expect(r.beoordeeld).toBe(3);
		expect(r.twijfel).toBe(1);
		expect(r.nietBeoordeeld).toEqual([{ id: 'd1', naam: 'Afvalschap D', voorstel: ['afval'] }]);
		expect(r.onbekend).toEqual(['z-oud']);
	});
	it('lists a difference only where the domain sets differ, not their order', () => {
		expect(r.verschillen).toEqual([
			{ id: 'c1', naam: 'naam c1', voorstel: ['overig'], review: ['belastingen'] }
		]);
	});
	it('scores the test set through any version id of a chain', () => {
		const per = (k: typeof r.toetsset.review) =>
			Object.fromEntries(k.map((q) => [q.domein, [q.tp, q.fp, q.fn]]));
		expect(r.toetsset.omvang).toBe(2);
		// Review: a1 → inkoop (tp), c1 → belastingen (tp); nothing else said or true.
		expect(per(r.toetsset.review)).toEqual({
			inkoop: [1, 0, 0],
			'integrale-toegang': [0, 0, 0],
			belastingen: [1, 0, 0],
			ict: [0, 0, 0]
		});
		// Proposal: c1 → overig, so belastingen is missed (fn) and has no prediction: precision 1.
		const bel = r.toetsset.voorstel.find((q) => q.domein === 'belastingen')!;
		expect([bel.tp, bel.fp, bel.fn, bel.precisie, bel.recall]).toEqual([0, 0, 1, 1, 0]);
		// Against the second reader (c1 = ict): belastingen is a false positive, ict a miss.
		expect(per(r.toetsset.tweedeLezer)).toMatchObject({ belastingen: [0, 1, 0], ict: [0, 0, 1] });
	});
});

describe('domeinTellingen', () => {
	const v = (id: string, domeinen: DomeinId[], gemeenten: string[]) => ({
		id,
		naam: id.toUpperCase(),
		domeinen,
		gemeenten
	});
	it('counts verbanden and distinct gemeenten per domain, and the overig-only ones', () => {
		const t = domeinTellingen([
			v('v1', ['inkoop', 'ict'], ['A', 'B']),
			v('v2', ['inkoop'], ['B', 'C']),
			v('v3', ['overig'], ['D']),
			v('v4', ['overig', 'afval'], ['A'])
		]);
		// inkoop: v1, v2 → gemeenten A, B, C; overig: v3, v4 → D, A; only v3 is overig alone.
		expect(t.perDomein).toMatchObject({ inkoop: 2, ict: 1, overig: 2, afval: 1, belastingen: 0 });
		expect(t.gemeentenPerDomein).toMatchObject({ inkoop: 3, ict: 2, overig: 2, afval: 1 });
		expect(t.ongeclassificeerd).toEqual([{ id: 'v3', naam: 'V3' }]);
	});
});

const indeling = (id: Indeling['id'], regios: [string, string[]][]): Indeling => ({
	id,
	naam: id,
	officieelAantal: regios.length,
	jaar: 2025,
	dekkend: true,
	regios: regios.map(([naam, gemeenten], i) => ({ code: `R${i + 1}`, naam, gemeenten })),
	bron: { naam: 'test', url: '', peildatum: '2025-01-01' }
});

describe('veiligheidsregioControle', () => {
	it('finds which veiligheidsregio has no regeling with exactly its members', () => {
		const vr = indeling('veiligheidsregio', [
			['Noord', ['A', 'B']],
			['Zuid', ['C']]
		]);
		// Noord = the member set of the first verband; Zuid (C) only occurs as part of C, D.
		expect(
			veiligheidsregioControle([{ gemeenten: ['A', 'B'] }, { gemeenten: ['C', 'D'] }], [vr])
		).toEqual({ totaal: 2, gelijk: 1, afwijkend: ['R2 Zuid'] });
	});
	it('fails with a message when the indeling is missing', () => {
		expect(() => veiligheidsregioControle([], [])).toThrow('veiligheidsregio');
	});
});

describe('markeerVervangen', () => {
	const verband = (p: Partial<Verband> & { id: string; naam: string }): Verband =>
		({ domeinen: ['afval'], gemeenten: ['A', 'B'], ...p }) as Verband;
	const gemeenten = [
		{ code: 'A', naam: 'Aadorp', provincieNaam: 'Overijssel' },
		{ code: 'B', naam: 'Bedum', provincieNaam: 'Groningen' }
	];
	const geenOpmerking = { classificatie: { reden: '', zeker: true, voorstel: [] } };
	const oudNieuw = () => [
		verband({
			id: 'oud',
			naam: 'Afvalschap Kromland',
			sinds: '2005-01-01',
			versieSinds: '2010-01-01'
		}),
		verband({ id: 'nieuw', naam: 'Afvalschap Kromland Reiniging', sinds: '2020-01-01' })
	];
	it('marks the older of two same-member, same-domain, like-named verbanden', () => {
		// Stems: oud {afval, kroml}, nieuw {afval, kroml, reini}: 2 shared ≥ half of 2 → superseded.
		const vs = oudNieuw();
		expect(
			markeerVervangen(vs, { oud: geenOpmerking, nieuw: geenOpmerking }, gemeenten, [])
		).toEqual([{ id: 'oud', door: ['nieuw'] }]);
		expect(vs[0].lijktVervangenDoor).toEqual(['nieuw']);
		expect(vs[1].lijktVervangenDoor).toBeUndefined();
	});
	it('leaves the names of the members’ regions out of the comparison', () => {
		// With a region "Kromland Afval" holding A and B, no distinctive stem is left to share.
		const vs = oudNieuw();
		const regio = indeling('corop-gebied', [['Kromland Afval', ['A', 'B']]]);
		expect(
			markeerVervangen(vs, { oud: geenOpmerking, nieuw: geenOpmerking }, gemeenten, [regio])
		).toEqual([]);
	});
	it('follows a reviewer’s "vervangen door <id>" to another current verband only', () => {
		const vs = [
			verband({ id: 'x', naam: 'Xylofoon', gemeenten: ['A'] }),
			verband({ id: 'y', naam: 'Yperiet', gemeenten: ['B'] })
		];
		const met = (opmerking: string) => ({
			classificatie: { ...geenOpmerking.classificatie, opmerking }
		});
		// x names y (current) and z (not current); y names itself: only x → y remains.
		expect(
			markeerVervangen(
				vs,
				{ x: met('Vervangen door y; eerder vervangen door z.'), y: met('vervangen door y') },
				gemeenten,
				[]
			)
		).toEqual([{ id: 'x', door: ['y'] }]);
	});
});
