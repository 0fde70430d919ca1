/**
 * The data model of Samenwerkingsatlas. These shapes are written by `scripts/build-data.ts` into
 * `static/data/` and read by the app, the analysis modules, the tests and the benchmark.
 * Words follow `DESIGN.md`: gemeente, samenwerkingsverband (`Verband`), domein, laag, indeling, schaal.
 */

/** CBS gemeente code, e.g. `GM0935`. */
export type GemeenteCode = string;

/** The domain ids. Order is the order of the layer panel. */
export const DOMEIN_IDS = [
	'inkoop',
	'integrale-toegang',
	'belastingen',
	'ict',
	'veiligheid',
	'gezondheid',
	'omgeving-milieu',
	'werk-inkomen',
	'afval',
	'archief-erfgoed',
	'bedrijfsvoering',
	'onderwijs',
	'vervoer',
	'bedrijventerreinen-economie',
	'regionaal-bestuur',
	'overig'
] as const;
export type DomeinId = (typeof DOMEIN_IDS)[number];

/** The four domains the seeds name; on by default in the explorer. */
export const KERN_DOMEINEN: readonly DomeinId[] = [
	'inkoop',
	'integrale-toegang',
	'belastingen',
	'ict'
];

export const INDELING_IDS = [
	'provincie',
	'veiligheidsregio',
	'ggd-regio',
	'jeugdregio',
	'arbeidsmarktregio',
	'res-regio',
	'zorgkantoorregio',
	'corop-gebied',
	'veilig-thuis-regio',
	'rmc-regio',
	'politie-regionale-eenheid',
	// Regioatlas 2016 (sociaal domein), mapped to the 2025 gemeenten through the herindelingen.
	'ra2016-beschermd-wonen',
	'ra2016-vrouwenopvang',
	'ra2016-wmo',
	'ra2016-jeugdzorg',
	'ra2016-sociale-dienst',
	'ra2016-sociale-werkvoorziening'
] as const;
export type IndelingId = (typeof INDELING_IDS)[number];

/** Which bodies of the member gemeenten take part (Wgr art. 1): the regime of a regeling. */
export type Regime =
	'collegeregeling' | 'raadsregeling' | 'burgemeestersregeling' | 'gemengde regeling' | 'onbekend';

export type Samenwerkingsvorm =
	| 'openbaar lichaam'
	| 'bedrijfsvoeringsorganisatie'
	| 'gemeenschappelijk orgaan'
	| 'regeling zonder meer'
	| 'centrumgemeenteconstructie'
	| 'onbekend'
	// non-Wgr forms, for imported data
	| 'coöperatie'
	| 'stichting'
	| 'convenant'
	| 'overig';

export interface Gemeente {
	code: GemeenteCode;
	naam: string;
	provincieCode: string; // PV20
	provincieNaam: string;
	/** Inwoners from ROO `geography.aantal_inwoners` (CBS 1-1-2026 through ROO, see PROVENANCE). */
	inwoners: number;
	/** Area in km² of the (generalised) CBS geometry, computed with Turf. */
	oppervlakteKm2: number;
}

export type DeelnemerSoort = 'gemeente' | 'provincie' | 'waterschap' | 'overig';

export interface Deelnemer {
	/** Name as the register writes it. */
	naam: string;
	soort: DeelnemerSoort;
	/** For gemeenten: the 2025 code the member maps to (after herindeling). */
	code?: GemeenteCode;
	/** How the member was matched: TOOI code, name, or via a herindeling (then `toelichting` says which). */
	match?: 'tooi' | 'naam' | 'herindeling';
	toelichting?: string;
	/**
	 * ISO date the member joined: its `toetredings_datum` in the earliest version of the regeling
	 * that lists it, else that version's date of inwerkingtreding.
	 */
	lidSinds?: string;
	/** The member's bodies that take part, as the register names them (college, raad, burgemeester). */
	bestuursorganen?: string[];
}

/** The regionaal samenwerkingsorgaan a regeling sets up, from its own register entry. */
export interface Orgaan {
	naam: string;
	afkorting?: string;
	website?: string;
	/** Its page in the register. */
	url?: string;
}

export interface Verband {
	/** Stable id (slug from the ROO file name), used in URLs: `/samenwerking/[id]`. */
	id: string;
	naam: string;
	afkorting?: string;
	samenwerkingsvorm: Samenwerkingsvorm;
	/** TOOI policy-area terms as given by ROO. */
	beleidsterreinen: string[];
	doel?: string;
	/** From the reviewed classification (data/classificatie/); the rules only propose. */
	domeinen: DomeinId[];
	/** 2025 gemeente codes of the members, sorted, unique. */
	gemeenten: GemeenteCode[];
	/** Every deelnemer, including provincies and waterschappen. */
	deelnemers: Deelnemer[];
	/**
	 * ISO date the regeling exists since: the inwerkingtreding of its first registered version, or
	 * the earliest toetredingsdatum of a member in any version when that is earlier (the register
	 * holds only later versions of many older regelingen: BsGW is registered from 2015, its first
	 * member joined in 2004).
	 */
	sinds?: string;
	/** ISO date of inwerkingtreding of the first registered version. */
	eersteVersie?: string;
	/** ISO date of inwerkingtreding of the current version. */
	versieSinds?: string;
	/** Number of registered versions. */
	versies: number;
	regime: Regime;
	/** Whether the raad of at least one member gemeente takes part itself. */
	raadNeemtDeel: boolean;
	/** Whether powers are delegated to it (bevoegdheidsverkrijging "Delegatie"). */
	gedelegeerd: boolean;
	/** Wettelijke grondslagen (titles of the laws), as the register lists them. */
	grondslagen: string[];
	orgaan?: Orgaan;
	/** Current regelingen with the same members and purpose: this one may be superseded by them. */
	lijktVervangenDoor?: string[];
	bron: Bron;
}

/** Per verband: the long texts, only read by the prerendered pages and the open-data export. */
export interface VerbandDetail {
	bevoegdheden: { kop: string; tekst: string }[];
	bevoegdheidsverkrijgingen: string[];
	grondslagen: { opschrift: string; url?: string }[];
	instellingsbesluiten: string[];
	orgaanOmschrijving?: string;
	classificatie: {
		reden: string;
		zeker: boolean;
		/** What the keyword rules proposed (data/domeinen.yaml). */
		voorstel: DomeinId[];
		opmerking?: string;
	};
	versieGeschiedenis: VersieInfo[];
}

/** One registered version of a regeling. */
export interface VersieInfo {
	id: string;
	naam: string;
	van: string;
	tot?: string;
	url?: string;
	leden: { naam: string; code?: GemeenteCode; sinds?: string }[];
}

/** Source and date of a row of data. */
export interface Bron {
	naam: string;
	url: string;
	/** ISO date the data was retrieved or the peildatum of the source. */
	peildatum: string;
	licentie?: string;
}

export interface Regio {
	code: string;
	naam: string;
	gemeenten: GemeenteCode[];
}

export interface Indeling {
	id: IndelingId;
	naam: string;
	/** Official number of regions (checked by the build). */
	officieelAantal: number;
	/** Year of the indeling's peildatum: 2025 (CBS) or 2016 (Regioatlas). */
	jaar: number;
	/** Whether every gemeente is in exactly one region (a partition). */
	dekkend: boolean;
	regios: Regio[];
	bron: Bron;
}

export interface DomeinInfo {
	id: DomeinId;
	naam: string;
	naamEn: string;
	omschrijving: string;
}

export interface AtlasMeta {
	/** ISO date of the gemeente set (CBS indeling). */
	peildatumGemeenten: string;
	/** ISO date the register was retrieved. */
	peildatumRegister: string;
	gebouwd: string;
	bronnen: Bron[];
}

/** `static/data/atlas.json`: everything except geometry. */
export interface Atlas {
	meta: AtlasMeta;
	gemeenten: Gemeente[];
	domeinen: DomeinInfo[];
	verbanden: Verband[];
	indelingen: Indeling[];
}

/** Properties on each geometry of `static/data/gemeenten.topo.json` (object `gemeenten`). */
export interface GemeenteProps {
	code: GemeenteCode;
	naam: string;
	provincieCode: string;
}

export const TOPO_OBJECT = 'gemeenten';
export const DATA_PATH = 'data';
export const ATLAS_FILE = 'atlas.json';
export const TOPO_FILE = 'gemeenten.topo.json';
export const DETAIL_FILE = 'verbanden-detail.json';
export const GESCHIEDENIS_FILE = 'geschiedenis.json';
export const HERINDELINGEN_FILE = 'herindelingen.json';
