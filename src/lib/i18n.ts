/** UI texts, Dutch first, English second. Data (names of verbanden, regions) is never translated. */
export type Taal = 'nl' | 'en';

const nl = {
	titel: 'Samenwerkingsatlas',
	ondertitel: 'Hoe Nederlandse gemeenten samenwerken',
	laden: 'Kaart en gegevens laden…',
	fout_laden: 'De gegevens konden niet worden geladen.',
	lagen: 'Lagen',
	domeinen_kern: 'Kerndomeinen',
	domeinen_overig: 'Overige domeinen',
	indelingen: 'Officiële regio-indelingen',
	kleur: 'Kleur',
	dekking_transparantie: 'Dekking',
	legenda: 'Legenda',
	schalen: 'Aantal verschillende schalen',
	schalen_uitleg:
		'Een schaal is een verschillende set deelnemende gemeenten: twee verbanden met precies dezelfde leden tellen als één schaal.',
	verbanden: 'verbanden',
	schaal_enkel: 'schaal',
	schalen_meervoud: 'schalen',
	gemeenten: 'gemeenten',
	gaten: 'gaten',
	overlap: 'overlap',
	gaten_uitleg: 'Gearceerd: gemeente zit in geen enkel verband van dit domein (gat).',
	overlap_uitleg:
		'Stippellijn: gemeente zit in twee of meer verbanden van hetzelfde domein (overlap).',
	geen_lagen: 'Geen laag zichtbaar. Zet links een laag aan.',
	zoek_gemeente: 'Zoek een gemeente',
	zoek_placeholder: 'Bijv. Maastricht',
	geen_resultaten: 'Geen gemeente gevonden',
	sluiten: 'Sluiten',
	inwoners: 'inwoners',
	provincie: 'Provincie',
	partners: 'Partners',
	gedeelde_verbanden: 'gedeelde verbanden',
	volledig_profiel: 'Volledig profiel',
	geen_verbanden: 'Geen verbanden in de zichtbare lagen.',
	basiskaart: 'Achtergrondkaart',
	basiskaart_geen: 'Geen (offline, geen externe verzoeken)',
	basiskaart_pdok: 'PDOK BRT Achtergrondkaart (online, Kadaster)',
	basiskaart_uitleg: 'Een online achtergrondkaart stuurt verzoeken naar PDOK (Kadaster).',
	tabel: 'Tabel',
	kaart: 'Kaart',
	tabel_titel: 'Gemeenten en hun schalen in de zichtbare lagen',
	gemeente: 'Gemeente',
	bron: 'Bron',
	taal_wissel: 'English',
	kaart_beschrijving:
		'Kaart van de {n} gemeenten, gekleurd naar het aantal verschillende schalen in de zichtbare lagen: {lagen}.',
	over: 'Over',
	verkenner: 'Verkenner',
	in_verband: 'Verbanden onder de cursor',
	geselecteerd: 'Geselecteerd',
	schalen_kort: 'schalen',
	rang: 'rang {r} van {n}',
	paneel: 'Paneel',
	toon_paneel: 'Toon paneel',
	verberg_paneel: 'Verberg paneel',
	domein: 'Domein',
	gat: 'gat',
	zichtbaar: 'zichtbaar',
	regios: "regio's",
	menu: 'Menu',
	markeer_gaten: 'gaten arceren'
} as const;

export type TekstSleutel = keyof typeof nl;

const en: Record<TekstSleutel, string> = {
	titel: 'Samenwerkingsatlas',
	ondertitel: 'How Dutch municipalities work together',
	laden: 'Loading map and data…',
	fout_laden: 'The data could not be loaded.',
	lagen: 'Layers',
	domeinen_kern: 'Core domains',
	domeinen_overig: 'Other domains',
	indelingen: 'Official regional divisions',
	kleur: 'Colour',
	dekking_transparantie: 'Coverage',
	legenda: 'Legend',
	schalen: 'Number of different scales',
	schalen_uitleg:
		'A scale is a distinct set of member municipalities: two collaborations with exactly the same members count as one scale.',
	verbanden: 'collaborations',
	schaal_enkel: 'scale',
	schalen_meervoud: 'scales',
	gemeenten: 'municipalities',
	gaten: 'gaps',
	overlap: 'overlap',
	gaten_uitleg: 'Hatched: municipality is in no collaboration of this domain (gap).',
	overlap_uitleg:
		'Dotted: municipality is in two or more collaborations of the same domain (overlap).',
	geen_lagen: 'No layer visible. Switch on a layer on the left.',
	zoek_gemeente: 'Find a municipality',
	zoek_placeholder: 'E.g. Maastricht',
	geen_resultaten: 'No municipality found',
	sluiten: 'Close',
	inwoners: 'inhabitants',
	provincie: 'Province',
	partners: 'Partners',
	gedeelde_verbanden: 'shared collaborations',
	volledig_profiel: 'Full profile',
	geen_verbanden: 'No collaborations in the visible layers.',
	basiskaart: 'Basemap',
	basiskaart_geen: 'None (offline, no external requests)',
	basiskaart_pdok: 'PDOK BRT basemap (online, Kadaster)',
	basiskaart_uitleg: 'An online basemap sends requests to PDOK (Kadaster).',
	tabel: 'Table',
	kaart: 'Map',
	tabel_titel: 'Municipalities and their scales in the visible layers',
	gemeente: 'Municipality',
	bron: 'Source',
	taal_wissel: 'Nederlands',
	kaart_beschrijving:
		'Map of the {n} municipalities, coloured by the number of different scales in the visible layers: {lagen}.',
	over: 'About',
	verkenner: 'Explorer',
	in_verband: 'Collaborations under the cursor',
	geselecteerd: 'Selected',
	schalen_kort: 'scales',
	rang: 'rank {r} of {n}',
	paneel: 'Panel',
	toon_paneel: 'Show panel',
	verberg_paneel: 'Hide panel',
	domein: 'Domain',
	gat: 'gap',
	zichtbaar: 'visible',
	regios: 'regions',
	menu: 'Menu',
	markeer_gaten: 'hatch gaps'
};

const teksten: Record<Taal, Record<TekstSleutel, string>> = { nl, en };

/** Look up a UI text and fill `{name}` placeholders. */
export function vertaal(
	taal: Taal,
	sleutel: TekstSleutel,
	params: Record<string, string | number> = {}
): string {
	return teksten[taal][sleutel].replace(/\{(\w+)\}/g, (_, k: string) =>
		String(params[k] ?? `{${k}}`)
	);
}

/** Numbers in Dutch (or English) notation. */
export function getal(taal: Taal, n: number, decimalen = 0): string {
	return n.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB', {
		maximumFractionDigits: decimalen,
		minimumFractionDigits: decimalen
	});
}
