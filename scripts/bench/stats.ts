/** One printed line of the benchmark. */
export interface BenchRij {
	naam: string;
	waarde: number;
	eenheid: string;
	doel?: string;
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
