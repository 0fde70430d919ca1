import { describe, expect, test } from 'vitest';
import {
	decodeDatum,
	decodeViewState,
	encodeViewState,
	permalinkQuery,
	type ViewState
} from './url-state';

const opts = {
	bekendeLagen: new Set(['inkoop', 'belastingen', 'ict', 'veiligheidsregio']),
	bekendeGemeenten: new Set(['GM0935', 'GM0363']),
	standaardLagen: ['inkoop', 'ict']
};

const VOLLEDIG: ViewState = {
	lagen: ['belastingen', 'veiligheidsregio'],
	gemeente: 'GM0935',
	camera: { lng: 5.6912, lat: 50.8514, zoom: 9.5 },
	taal: 'nl'
};

describe('url-state', () => {
	test('round-trips a full state', () => {
		const state: ViewState = { ...VOLLEDIG, taal: 'en' };
		const back = decodeViewState(new URLSearchParams(encodeViewState(state).toString()), opts);
		expect(back).toEqual(state);
	});

	test('the permalink keeps commas readable and still decodes to the same state', () => {
		const state = VOLLEDIG;
		const q = permalinkQuery(state);
		expect(q).toBe('lagen=belastingen,veiligheidsregio&gemeente=GM0935&kaart=5.6912,50.8514,9.50');
		expect(decodeViewState(new URLSearchParams(q), opts)).toEqual(state);
	});

	test('no parameters gives the default layers and no selection', () => {
		expect(decodeViewState(new URLSearchParams(''), opts)).toEqual({
			lagen: ['inkoop', 'ict'],
			gemeente: null,
			camera: null,
			taal: 'nl'
		});
	});

	test('an explicitly empty layer list stays empty', () => {
		expect(decodeViewState(new URLSearchParams('lagen='), opts).lagen).toEqual([]);
	});

	test('unknown layers are dropped, known ones kept, duplicates removed', () => {
		const s = decodeViewState(new URLSearchParams('lagen=ict,bestaatniet,ict,belastingen'), opts);
		expect(s.lagen).toEqual(['ict', 'belastingen']);
	});

	test('only garbage layers falls back to the default', () => {
		expect(decodeViewState(new URLSearchParams('lagen=%3Cscript%3E'), opts).lagen).toEqual([
			'inkoop',
			'ict'
		]);
	});

	test.each([
		['gemeente=GM9999', null],
		['gemeente=gm0935', 'GM0935'],
		['gemeente=<img src=x>', null],
		['gemeente=GM0935x', null]
	])('gemeente %s → %s', (q, verwacht) => {
		expect(decodeViewState(new URLSearchParams(q), opts).gemeente).toBe(verwacht);
	});

	test.each([
		'kaart=abc',
		'kaart=1,2',
		'kaart=5,52,99',
		'kaart=500,52,7',
		'kaart=NaN,NaN,NaN',
		'kaart=5e3,52,7',
		'kaart=' + '1'.repeat(5000)
	])('malformed camera %s is ignored, the rest kept', (q) => {
		const s = decodeViewState(new URLSearchParams(`${q}&gemeente=GM0363&lagen=ict`), opts);
		expect(s.camera).toBeNull();
		expect(s.gemeente).toBe('GM0363');
		expect(s.lagen).toEqual(['ict']);
	});
});

describe('url-state: samenwerkingsvorm (vorm=)', () => {
	test('round-trips a filtered state, in canonical order', () => {
		const state: ViewState = { ...VOLLEDIG, vorm: ['openbaar lichaam', 'stichting'] };
		const q = permalinkQuery(state);
		expect(q).toContain('vorm=openbaar-lichaam,stichting');
		expect(decodeViewState(new URLSearchParams(q), opts)).toEqual(state);
		const omgekeerd = decodeViewState(new URLSearchParams('vorm=stichting,openbaar-lichaam'), opts);
		expect(omgekeerd.vorm).toEqual(['openbaar lichaam', 'stichting']);
	});

	test('no filter: no parameter, and no vorm in the decoded state', () => {
		expect(permalinkQuery(VOLLEDIG)).not.toContain('vorm');
		expect('vorm' in decodeViewState(new URLSearchParams('lagen=ict'), opts)).toBe(false);
	});

	test('unknown forms are dropped; only unknown forms means no filter; the rest is kept', () => {
		const s = decodeViewState(
			new URLSearchParams('vorm=regeling-zonder-meer,onzin,<b>&lagen=ict&gemeente=GM0363'),
			opts
		);
		expect(s.vorm).toEqual(['regeling zonder meer']);
		expect(s.lagen).toEqual(['ict']);
		expect(s.gemeente).toBe('GM0363');
		expect(decodeViewState(new URLSearchParams('vorm=onzin'), opts).vorm).toBeUndefined();
		expect(decodeViewState(new URLSearchParams('vorm=' + 'x'.repeat(5000)), opts).vorm).toBe(
			undefined
		);
	});

	test('an empty vorm= (every form unchecked) survives the round trip', () => {
		const state: ViewState = { ...VOLLEDIG, vorm: [] };
		const back = decodeViewState(new URLSearchParams(encodeViewState(state).toString()), opts);
		expect(back.vorm).toEqual([]);
	});
});

describe('url-state: datum (time travel) and vergelijk (change view)', () => {
	const bereik = { van: '2018-01-01', tot: '2026-05-16' };
	const metDatum = { ...opts, datumBereik: bereik };

	test('round-trips a dated state with a comparison date', () => {
		const state: ViewState = { ...VOLLEDIG, datum: '2019-06-01', vergelijk: '2018-01-01' };
		const q = permalinkQuery(state);
		expect(q).toContain('datum=2019-06-01');
		expect(q).toContain('vergelijk=2018-01-01');
		expect(decodeViewState(new URLSearchParams(q), metDatum)).toEqual(state);
	});

	test('no datum is today: nothing in the URL, nothing decoded', () => {
		expect(permalinkQuery(VOLLEDIG)).not.toContain('datum');
		expect(decodeViewState(new URLSearchParams('lagen=ict'), metDatum)).not.toHaveProperty('datum');
	});

	test.each([
		['datum=2019-06-01', '2019-06-01'],
		['datum=2018-01-01', '2018-01-01'],
		['datum=%202019-06-01%20', '2019-06-01'],
		// the register's peildatum is today: one link per view
		['datum=2026-05-16', null],
		['datum=2017-12-31', null],
		['datum=2026-05-17', null],
		['datum=2030-01-01', null],
		['datum=2019-02-30', null],
		['datum=2019-6-1', null],
		['datum=01-06-2019', null],
		['datum=gisteren', null],
		['datum=<script>', null],
		['datum=' + '2'.repeat(5000), null],
		['', null]
	])('%s → %s (garbage and out of range fall back to today)', (q, verwacht) => {
		expect(decodeDatum(new URLSearchParams(q), bereik)).toBe(verwacht);
		const s = decodeViewState(new URLSearchParams(`${q}&lagen=ict&gemeente=GM0935`), metDatum);
		expect(s.datum ?? null).toBe(verwacht);
		// The rest of the state is kept.
		expect(s.lagen).toEqual(['ict']);
		expect(s.gemeente).toBe('GM0935');
	});

	test('without a date range the date is not read (pages that do not travel)', () => {
		expect(decodeViewState(new URLSearchParams('datum=2019-06-01'), opts)).not.toHaveProperty(
			'datum'
		);
	});
});
