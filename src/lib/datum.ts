/** An ISO date as Dutch words ("9 december 2015"); a dash when absent. */
export function datumNl(iso?: string | null): string {
	if (!iso) return '—';
	return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('nl-NL', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}
