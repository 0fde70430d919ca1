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
	ondoorzichtigheid: 'Ondoorzichtigheid',
	legenda: 'Legenda',
	schalen: 'Aantal verschillende schalen',
	schalen_uitleg:
		'Een schaal is een verschillende set deelnemende gemeenten: twee verbanden met precies dezelfde leden tellen als één schaal.',
	verbanden: 'verbanden',
	schaal_enkel: 'schaal',
	schalen_meervoud: 'schalen',
	gemeenten: 'gemeenten',
	een_gemeente: 'gemeente',
	gaten: 'geen gemeenschappelijke regeling in het register',
	overlap: 'overlap',
	gaten_uitleg:
		'Gearceerd: geen gemeenschappelijke regeling in het register voor dit domein. Dat zegt niet dat de gemeente het alleen doet: samenwerking buiten het register (convenant, stichting, coöperatie) staat niet op de kaart.',
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
	kaart_bediening: 'Kaart: pijltjestoetsen verschuiven, + en − zoomen',
	inzoomen: 'Inzoomen',
	uitzoomen: 'Uitzoomen',
	schaalstok: 'Schaalstok',
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
	gat: 'geen gemeenschappelijke regeling in het register',
	zichtbaar: 'zichtbaar',
	regios: "regio's",
	menu: 'Menu',
	markeer_gaten: 'arceer: geen regeling in het register',
	en: 'en',
	schalen_nav: 'Schalen',
	eigen_gegevens: 'Eigen gegevens',
	// Eigen gegevens (/import): opslag in de browser, beschadigde records, conflicten.
	import_opslag_weg:
		'De opslag van deze browser is niet beschikbaar (privévenster, geblokkeerd of vol): eigen gegevens kunnen nu niet worden bewaard of getoond. Wat eerder bewaard is, blijft ongemoeid.',
	import_beschadigd_een: '1 bewaarde dataset is beschadigd en wordt overgeslagen',
	import_beschadigd_meer: '{n} bewaarde datasets zijn beschadigd en worden overgeslagen',
	import_beschadigd_uitleg:
		'De kaart en de andere datasets werken gewoon. Verwijder het beschadigde record, of laat het staan.',
	import_beschadigd_weg: 'Het beschadigde record "{naam}" is verwijderd.',
	import_opslaan_mislukt:
		'Opslaan van "{naam}" in de browser lukte niet: {reden}. Er is niets veranderd.',
	import_hernoem_mislukt: 'Hernoemen van "{naam}" lukte niet: {reden}. De naam is niet veranderd.',
	import_verwijder_mislukt: 'Verwijderen van "{naam}" lukte niet: {reden}. Er is niets verwijderd.',
	import_reden_vol: 'de opslag van de browser is vol',
	import_reden_weg: 'de opslag van de browser is niet beschikbaar',
	import_reden_geweigerd: 'de browser weigerde het schrijven ({fout})',
	import_reden_bestaat: 'er is al een dataset met deze sleutel bewaard',
	import_reden_weg_elders: 'de dataset bestaat niet meer (in een ander venster verwijderd?)',
	import_bestaat_al:
		'"{naam}" is al bewaard (toegevoegd {datum}): dit bestand is een export ervan. Vervangen, of als nieuwe dataset naast de bewaarde zetten?',
	import_vervang: 'Vervang de bewaarde',
	import_als_nieuw: 'Voeg toe als nieuwe',
	import_elders_gewijzigd:
		'De bewaarde gegevens zijn in een ander venster gewijzigd; de lijst is bijgewerkt.',
	import_fout_onverwacht:
		'Bij het inlezen van "{bestand}" ging iets mis in de atlas zelf (geen fout in uw bestand). Er is niets toegevoegd; probeer het opnieuw of meld het.',
	import_fout_worker:
		'Het inlezen van "{bestand}" is afgebroken (de browser stopte de verwerking, mogelijk te weinig geheugen). Er is niets toegevoegd.',
	import_aansluiting_bezig: 'Aansluiting op de andere lagen berekenen…',
	import_aansluiting_fout: 'De aansluiting kon niet worden berekend: {fout}',
	import_aansluiting_geen:
		'Geen andere laag heeft twee of meer gemeenten met deze gegevens gemeen: er valt niets te vergelijken.',
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
	embed_titel: 'Samenwerkingsatlas: kaart',

	// Honest gaps and the samenwerkingsvorm filter (issue 15, items 4 and 6).
	register_dekking:
		"Het register bevat alleen gemeenschappelijke regelingen (Wgr): zo'n 9 per gemeente, tegen zo'n 33 samenwerkingsverbanden van alle soorten (inventarisatie KWINK/PROOF 2020).",
	leeg_indeling: 'in geen regio van deze indeling',
	leeg_eigen: 'niet in de eigen gegevens',
	overlap_aantal: 'in twee of meer: {n}',
	vorm_filter: 'Samenwerkingsvorm',
	vorm_filter_uitleg:
		'Alleen verbanden van de aangevinkte vormen tellen mee op de kaart, in de tabel en in de export.',
	vorm_alle: 'Alle vormen',
	vorm_filter_actief: 'Alleen: {vormen}',
	vorm_geen: 'geen vorm gekozen',
	vorm_openbaar_lichaam: 'openbaar lichaam',
	vorm_bedrijfsvoeringsorganisatie: 'bedrijfsvoeringsorganisatie',
	vorm_gemeenschappelijk_orgaan: 'gemeenschappelijk orgaan',
	vorm_regeling_zonder_meer: 'regeling zonder meer',
	vorm_centrumgemeente: 'centrumgemeenteconstructie',
	vorm_onbekend: 'vorm onbekend',
	vorm_cooperatie: 'coöperatie (eigen gegevens)',
	vorm_stichting: 'stichting (eigen gegevens)',
	vorm_convenant: 'convenant (eigen gegevens)',
	vorm_overig: 'overig, niet-Wgr (eigen gegevens)',
	// --- Tijdreis en "wat veranderde" (issue 16) ---
	datum_kop: 'Datum',
	stand_op: 'stand op {datum}',
	van_tot: '{van} → {tot}',
	stand_op_kop: 'Stand op {datum}',
	datum_exact: 'Precieze datum',
	datum_schuif: 'Maand',
	datum_maand_terug: 'Een maand terug',
	datum_maand_verder: 'Een maand verder',
	vandaag: 'Vandaag',
	speel: 'Speel de jaren af',
	speel_stap: 'Volgend jaar',
	speel_stop: 'Stop',
	speel_uitleg: 'Toont 1 januari van elk jaar; een toets of klik stopt.',
	datum_laden: 'Gegevens van {datum} laden…',
	datum_fout:
		'De gegevens van {datum} konden niet worden geladen: {fout} De kaart toont de datum die er stond.',
	indelingen_niet_getoond:
		'Indelingen (stand 2025) niet getoond vóór 2023: de gemeenten waren toen anders.',
	register_teruggevuld:
		'Vóór 1 juli 2021 was registreren niet verplicht: het register is voor die jaren achteraf aangevuld en kan onvolledig zijn.',
	inwoners_onbekend: 'inwoners onbekend (gemeente bestaat niet meer)',
	inwoners_nu: 'inwoners (stand nu)',
	export_ondertitel_datum:
		'Stand op {datum} (gemeenten en register) · register opgehaald {register}',
	verschil_kop: 'Wat veranderde',
	verschil_aan: 'Vergelijk met een eerdere datum',
	verschil_van: 'Vergelijk met',
	verschil_titel: 'Verandering in aantal schalen',
	verschil_uitleg:
		'Aantal schalen in de zichtbare lagen op {tot} min dat op {van}. Paars: meer schalen, oranje: minder.',
	verschil_geen_vergelijking: 'geen vergelijking (heringedeeld)',
	verschil_export_titel: 'Verandering in schalen op {lagen}, {van} – {tot}',
	verschil_begonnen: 'Begonnen',
	verschil_beeindigd: 'Beëindigd',
	verschil_leden: 'Leden gewijzigd',
	verschil_erbij: 'erbij',
	verschil_eraf: 'eraf',
	verschil_per_gemeente: 'Per gemeente: verandering in aantal schalen',
	verschil_geen: 'Geen',
	verschil_domeinen: 'Verbanden in de zichtbare domeinen, {van} – {tot}.',
	verschil_kort: '{n} t.o.v. {van}',
	verschil_meer: 'meer',
	verschil_minder: 'minder',
	leden_n: '{n} leden',
	// — Pagina's: samenwerkingsverband, gemeenteprofiel, trend (team paginas) —
	regime_collegeregeling:
		'Collegeregeling: alleen de colleges van burgemeester en wethouders nemen deel. De raad zit er niet zelf in en stuurt via zijn eigen college.',
	regime_raadsregeling:
		'Raadsregeling: de gemeenteraden nemen zelf deel en wijzen de leden van het algemeen bestuur aan.',
	regime_burgemeestersregeling: 'Burgemeestersregeling: alleen de burgemeesters nemen deel.',
	'regime_gemengde regeling':
		'Gemengde regeling: bestuursorganen van verschillende soort nemen deel (bijvoorbeeld raad en college, of gemeenten samen met provincie of waterschap).',
	regime_onbekend: 'Het register noemt niet welke bestuursorganen deelnemen.',
	geen_gr_register: 'geen gemeenschappelijke regeling in het register',
	gebeurtenis_toetreding: 'toegetreden',
	'gebeurtenis_nieuwe versie': 'nieuwe versie',
	gebeurtenis_uittreding: 'niet meer genoemd (uitgetreden)',
	gebeurtenis_beëindigd: 'regeling beëindigd',
	peildatum_2016: 'peildatum 2016',
	twijfel: 'twijfel'
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
	ondoorzichtigheid: 'Opacity',
	legenda: 'Legend',
	schalen: 'Number of different scales',
	schalen_uitleg:
		'A scale is a distinct set of member municipalities: two collaborations with exactly the same members count as one scale.',
	verbanden: 'collaborations',
	schaal_enkel: 'scale',
	schalen_meervoud: 'scales',
	gemeenten: 'municipalities',
	een_gemeente: 'municipality',
	gaten: 'no joint arrangement in the register',
	overlap: 'overlap',
	gaten_uitleg:
		'Hatched: no joint arrangement in the register for this domain. That does not mean the municipality works alone: collaboration outside the register (covenant, foundation, cooperative) is not on the map.',
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
	kaart_bediening: 'Map: arrow keys pan, + and − zoom',
	inzoomen: 'Zoom in',
	uitzoomen: 'Zoom out',
	schaalstok: 'Scale bar',
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
	gat: 'no joint arrangement in the register',
	zichtbaar: 'visible',
	regios: 'regions',
	menu: 'Menu',
	markeer_gaten: 'hatch: no arrangement in the register',
	en: 'and',
	schalen_nav: 'Scales',
	eigen_gegevens: 'Own data',
	// Own data (/import): browser storage, damaged records, conflicts.
	import_opslag_weg:
		'Storage in this browser is unavailable (private window, blocked or full): own data cannot be kept or shown now. What was kept before is left alone.',
	import_beschadigd_een: '1 stored dataset is damaged and is skipped',
	import_beschadigd_meer: '{n} stored datasets are damaged and are skipped',
	import_beschadigd_uitleg:
		'The map and the other datasets work as usual. Remove the damaged record, or leave it.',
	import_beschadigd_weg: 'The damaged record "{naam}" was removed.',
	import_opslaan_mislukt: 'Saving "{naam}" in the browser failed: {reden}. Nothing was changed.',
	import_hernoem_mislukt: 'Renaming "{naam}" failed: {reden}. The name was not changed.',
	import_verwijder_mislukt: 'Removing "{naam}" failed: {reden}. Nothing was removed.',
	import_reden_vol: 'the browser storage is full',
	import_reden_weg: 'the browser storage is unavailable',
	import_reden_geweigerd: 'the browser refused the write ({fout})',
	import_reden_bestaat: 'a dataset with this key is already stored',
	import_reden_weg_elders: 'the dataset no longer exists (removed in another window?)',
	import_bestaat_al:
		'"{naam}" is already stored (added {datum}): this file is an export of it. Replace it, or add it as a new dataset beside the stored one?',
	import_vervang: 'Replace the stored one',
	import_als_nieuw: 'Add as new',
	import_elders_gewijzigd: 'The stored data was changed in another window; the list is up to date.',
	import_fout_onverwacht:
		'Reading "{bestand}" failed inside the atlas itself (not an error in your file). Nothing was added; try again or report it.',
	import_fout_worker:
		'Reading "{bestand}" was stopped (the browser ended the work, perhaps out of memory). Nothing was added.',
	import_aansluiting_bezig: 'Computing the fit with the other layers…',
	import_aansluiting_fout: 'The fit could not be computed: {fout}',
	import_aansluiting_geen:
		'No other layer shares two or more gemeenten with this data: there is nothing to compare.',
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
	embed_titel: 'Samenwerkingsatlas: map',

	// Honest gaps and the samenwerkingsvorm filter (issue 15, items 4 and 6).
	register_dekking:
		'The register only holds joint arrangements under the Wgr: about 9 per municipality, against about 33 collaborations of every kind (KWINK/PROOF inventory 2020).',
	leeg_indeling: 'in no region of this division',
	leeg_eigen: 'not in your own data',
	overlap_aantal: 'in two or more: {n}',
	vorm_filter: 'Legal form',
	vorm_filter_uitleg:
		'Only collaborations of the checked forms count on the map, in the table and in the export.',
	vorm_alle: 'All forms',
	vorm_filter_actief: 'Only: {vormen}',
	vorm_geen: 'no form chosen',
	vorm_openbaar_lichaam: 'public body (openbaar lichaam)',
	vorm_bedrijfsvoeringsorganisatie: 'operating organisation (bedrijfsvoeringsorganisatie)',
	vorm_gemeenschappelijk_orgaan: 'joint body (gemeenschappelijk orgaan)',
	vorm_regeling_zonder_meer: 'arrangement only (regeling zonder meer)',
	vorm_centrumgemeente: 'central municipality (centrumgemeenteconstructie)',
	vorm_onbekend: 'form unknown',
	vorm_cooperatie: 'cooperative (own data)',
	vorm_stichting: 'foundation (own data)',
	vorm_convenant: 'covenant (own data)',
	vorm_overig: 'other, non-Wgr (own data)',
	// --- Time travel and "what changed" (issue 16) ---
	datum_kop: 'Date',
	stand_op: 'as of {datum}',
	van_tot: '{van} → {tot}',
	stand_op_kop: 'As of {datum}',
	datum_exact: 'Exact date',
	datum_schuif: 'Month',
	datum_maand_terug: 'One month back',
	datum_maand_verder: 'One month on',
	vandaag: 'Today',
	speel: 'Play the years',
	speel_stap: 'Next year',
	speel_stop: 'Stop',
	speel_uitleg: 'Shows 1 January of each year; a key or click stops.',
	datum_laden: 'Loading the data of {datum}…',
	datum_fout:
		'The data of {datum} could not be loaded: {fout} The map still shows the date it showed.',
	indelingen_niet_getoond:
		'Official divisions (2025) are not shown before 2023: the municipalities differed then.',
	register_teruggevuld:
		'Before 1 July 2021 registration was not mandatory: the register was filled in afterwards for those years and may be incomplete.',
	inwoners_onbekend: 'inhabitants unknown (municipality no longer exists)',
	inwoners_nu: 'inhabitants (today)',
	export_ondertitel_datum:
		'As of {datum} (municipalities and register) · register retrieved {register}',
	verschil_kop: 'What changed',
	verschil_aan: 'Compare with an earlier date',
	verschil_van: 'Compare with',
	verschil_titel: 'Change in number of scales',
	verschil_uitleg:
		'Number of scales in the visible layers on {tot} minus that on {van}. Purple: more scales, orange: fewer.',
	verschil_geen_vergelijking: 'no comparison (merged)',
	verschil_export_titel: 'Change in scales on {lagen}, {van} – {tot}',
	verschil_begonnen: 'Started',
	verschil_beeindigd: 'Ended',
	verschil_leden: 'Members changed',
	verschil_erbij: 'joined',
	verschil_eraf: 'left',
	verschil_per_gemeente: 'Per municipality: change in number of scales',
	verschil_geen: 'None',
	verschil_domeinen: 'Collaborations in the visible domains, {van} – {tot}.',
	verschil_kort: '{n} vs {van}',
	verschil_meer: 'more',
	verschil_minder: 'fewer',
	leden_n: '{n} members',
	// — Pages: collaboration, municipality profile, trend (team paginas) —
	regime_collegeregeling:
		'College arrangement: only the executive boards (colleges) take part. The council is not in it itself and steers through its own college.',
	regime_raadsregeling:
		'Council arrangement: the municipal councils take part themselves and appoint the general board.',
	regime_burgemeestersregeling: 'Mayors arrangement: only the mayors take part.',
	'regime_gemengde regeling':
		'Mixed arrangement: bodies of different kinds take part (e.g. council and college, or municipalities with a province or water board).',
	regime_onbekend: 'The register does not say which bodies take part.',
	geen_gr_register: 'no joint arrangement in the register',
	gebeurtenis_toetreding: 'joined',
	'gebeurtenis_nieuwe versie': 'new version',
	gebeurtenis_uittreding: 'no longer listed (left)',
	gebeurtenis_beëindigd: 'arrangement ended',
	peildatum_2016: 'reference date 2016',
	twijfel: 'doubt'
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
	// The ISO date as such, whatever the time zone of the reader.
	return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(
		taal === 'nl' ? 'nl-NL' : 'en-GB',
		{ ...(lang ? LANGE_DATUM : {}), timeZone: 'UTC' }
	);
}

/** Numbers in Dutch (or English) notation. */
export function getal(taal: Taal, n: number, decimalen = 0): string {
	return n.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB', {
		maximumFractionDigits: decimalen,
		minimumFractionDigits: decimalen
	});
}

/** A date written out: "1 juni 2019" / "1 June 2019". */
export function datumLang(taal: Taal, iso: string): string {
	return datum(taal, iso, { lang: true });
}
