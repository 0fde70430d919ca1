/** Lower-case ASCII words joined by hyphens (ids, file names); empty input gives "". */
export function slug(tekst: string, max = 60): string {
	return tekst
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, max);
}
