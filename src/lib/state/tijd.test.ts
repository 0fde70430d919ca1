import { describe, expect, test } from 'vitest';
import { datumVanIndex, maandIndex, maandStap, speelVolgorde, volgendeStap } from './tijd';

const b = { van: '2018-01-01', tot: '2026-05-16' };

describe('date control arithmetic', () => {
	test.each([
		['2019-06-01', 1, '2019-07-01'],
		['2019-06-01', -1, '2019-05-01'],
		['2019-01-31', 1, '2019-02-28'],
		['2020-01-31', 1, '2020-02-29'],
		['2019-12-15', 1, '2020-01-15'],
		['2019-01-15', -1, '2018-12-15'],
		['2018-01-15', -1, '2018-01-01'],
		['2026-05-01', 1, '2026-05-16'],
		['2026-04-20', 1, '2026-05-16']
	])('%s %+i month → %s', (d, n, verwacht) => expect(maandStap(d, n, b)).toBe(verwacht));

	test('slider positions run over the months, the last one is today', () => {
		expect(maandIndex('2018-01-01', b)).toBe(0);
		expect(maandIndex('2019-06-17', b)).toBe(17);
		expect(maandIndex(b.tot, b)).toBe(100);
		expect(datumVanIndex(17, b)).toBe('2019-06-01');
		expect(datumVanIndex(100, b)).toBe(b.tot);
		expect(datumVanIndex(0, b)).toBe('2018-01-01');
		for (let i = 0; i < 100; i++) expect(maandIndex(datumVanIndex(i, b), b)).toBe(i);
	});

	test('play shows 1 January of every year, then today', () => {
		expect(speelVolgorde(b)).toEqual([
			'2018-01-01',
			'2019-01-01',
			'2020-01-01',
			'2021-01-01',
			'2022-01-01',
			'2023-01-01',
			'2024-01-01',
			'2025-01-01',
			'2026-01-01',
			'2026-05-16'
		]);
		expect(volgendeStap('2019-06-01', b)).toBe('2020-01-01');
		expect(volgendeStap('2026-01-01', b)).toBe('2026-05-16');
		expect(volgendeStap('2026-05-16', b)).toBeNull();
	});
});
