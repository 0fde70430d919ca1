// Small descriptive statistics shared by the profile and trend modules (d3-array underneath). Pure.
import { mean, median } from 'd3-array';

/** The median of xs (mean of the two middle values for an even count); 0 for none. */
export function mediaan(xs: readonly number[]): number {
	return median(xs) ?? 0;
}

/** The arithmetic mean; 0 for none. */
export function gemiddelde(xs: readonly number[]): number {
	return mean(xs) ?? 0;
}
