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
	markeer_gaten: 'gaten arceren',
	en: 'en',
	schalen_nav: 'Schalen',
	eigen_gegevens: 'Eigen gegevens',
	export_titel: 'Samenwerking op {lagen}',
	export_titel_gemeente: 'Samenwerking op {lagen} — {gemeente}',
	export_ondertitel: 'Peildatum gemeenten {gemeenten} · register {register}',
	deel: 'Deel / exporteer',
	deel_titel: 'Kaart delen en exporteren',
	permalink: 'Link naar deze kaart (permalink)',
	kopieer: 'Kopieer',
	gekopieerd: 'Gekopieerd naar het klembord.',
	niet_gekopieerd: 'Kopiëren lukte niet; selecteer de tekst en kopieer zelf (Ctrl+C).',
	embed_code: 'Insluitcode (iframe) voor een website',
	export_kop: 'Afbeelding voor een document',
	export_titel_veld: 'Titel op de kaart',
	titel_te_lang: 'Deze titel past niet op dit formaat en wordt afgekapt (…). Maak hem korter.',
	formaat: 'Formaat',
	formaat_scherm: 'Schermgrootte',
	formaat_a4_liggend: 'A4 liggend, 300 dpi (3508 × 2480 px)',
	formaat_a4_staand: 'A4 staand, 300 dpi (2480 × 3508 px)',
	formaat_eigen: 'Eigen maat',
	breedte_px: 'Breedte (px)',
	hoogte_px: 'Hoogte (px)',
	dpi: 'Resolutie (dpi)',
	download_png: 'Download PNG',
	download_svg: 'Download SVG',
	export_bezig: 'Kaart wordt getekend op {b} × {h} px…',
	export_klaar: 'Klaar: {bestand} ({b} × {h} px).',
	export_fout: 'Exporteren mislukt: {fout}',
	export_ongeldig: 'Ongeldige maat: breedte en hoogte 200–{max} px, resolutie 72–600 dpi.',
	open_in_atlas: 'Open in de Samenwerkingsatlas',
	embed_titel: 'Samenwerkingsatlas: kaart'
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
	markeer_gaten: 'hatch gaps',
	en: 'and',
	schalen_nav: 'Scales',
	eigen_gegevens: 'Own data',
	export_titel: 'Cooperation on {lagen}',
	export_titel_gemeente: 'Cooperation on {lagen} — {gemeente}',
	export_ondertitel: 'Municipalities as of {gemeenten} · register {register}',
	deel: 'Share / export',
	deel_titel: 'Share and export the map',
	permalink: 'Link to this map (permalink)',
	kopieer: 'Copy',
	gekopieerd: 'Copied to the clipboard.',
	niet_gekopieerd: 'Copying failed; select the text and copy it yourself (Ctrl+C).',
	embed_code: 'Embed code (iframe) for a website',
	export_kop: 'Image for a document',
	export_titel_veld: 'Title on the map',
	titel_te_lang: 'This title does not fit this format and will be cut (…). Make it shorter.',
	formaat: 'Size',
	formaat_scherm: 'Screen size',
	formaat_a4_liggend: 'A4 landscape, 300 dpi (3508 × 2480 px)',
	formaat_a4_staand: 'A4 portrait, 300 dpi (2480 × 3508 px)',
	formaat_eigen: 'Custom size',
	breedte_px: 'Width (px)',
	hoogte_px: 'Height (px)',
	dpi: 'Resolution (dpi)',
	download_png: 'Download PNG',
	download_svg: 'Download SVG',
	export_bezig: 'Drawing the map at {b} × {h} px…',
	export_klaar: 'Done: {bestand} ({b} × {h} px).',
	export_fout: 'Export failed: {fout}',
	export_ongeldig: 'Invalid size: width and height 200–{max} px, resolution 72–600 dpi.',
	open_in_atlas: 'Open in the Samenwerkingsatlas',
	embed_titel: 'Samenwerkingsatlas: map'
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

/** A translator bound to a language: `t('kaart')`. Pass a getter when the language can change. */
export function vertaler(
	taal: Taal | (() => Taal)
): (sleutel: TekstSleutel, params?: Record<string, string | number>) => string {
	return (sleutel, params) => vertaal(typeof taal === 'function' ? taal() : taal, sleutel, params);
}

const LANGE_DATUM: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * An ISO date in the notation of the language: "1-1-2025" (en: "01/01/2025"), or with `lang`
 * "1 januari 2025". Without a date: `leeg`.
 */
export function datum(
	taal: Taal,
	iso: string | null | undefined,
	{ lang = false, leeg = '—' }: { lang?: boolean; leeg?: string } = {}
): string {
	if (!iso) return leeg;
	return new Date(iso).toLocaleDateString(
		taal === 'nl' ? 'nl-NL' : 'en-GB',
		lang ? LANGE_DATUM : undefined
	);
}

/** Numbers in Dutch (or English) notation. */
export function getal(taal: Taal, n: number, decimalen = 0): string {
	return n.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB', {
		maximumFractionDigits: decimalen,
		minimumFractionDigits: decimalen
	});
}
