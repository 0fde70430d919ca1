// Small descriptive statistics shared by the profile and trend modules. Pure.

/** The median of xs (mean of the two middle values for an even count); 0 for none. */
export function mediaan(xs: readonly number[]): number {
	if (xs.length === 0) return 0;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The arithmetic mean; 0 for none. */
export function gemiddelde(xs: readonly number[]): number {
	return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}
