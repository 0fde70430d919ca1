import { describe, expect, test } from 'vitest';
import { datum, vertaal, vertaler, type Taal } from './i18n';

describe('i18n', () => {
	test('vertaler: bound to a language, or to a getter that follows it', () => {
		expect(vertaler('nl')('export_klaar', { bestand: 'a.png', b: 10, h: 20 })).toBe(
			vertaal('nl', 'export_klaar', { bestand: 'a.png', b: 10, h: 20 })
		);
		let taal: Taal = 'nl';
		const t = vertaler(() => taal);
		expect(t('deel')).toBe('Deel / exporteer');
		taal = 'en';
		expect(t('deel')).toBe('Share / export');
	});

	test('datum: short or long, per language, with a stand-in for no date', () => {
		expect(datum('nl', '2025-01-01')).toBe('1-1-2025');
		expect(datum('en', '2025-01-01')).toBe('01/01/2025');
		expect(datum('nl', '2025-03-05', { lang: true })).toBe('5 maart 2025');
		expect(datum('nl', undefined)).toBe('—');
		expect(datum('nl', null, { leeg: 'onbekend' })).toBe('onbekend');
	});
});
