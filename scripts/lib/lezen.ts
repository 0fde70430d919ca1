// Readers for the source files (Node-only). Each validates what it reads and names file/row/field.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { BouwFout } from './bronnen';

export interface CbsGemeente {
	code: string;
	naam: string;
	provincieCode: string;
	provincieNaam: string;
}

/** CBS "Gemeenten alfabetisch 2025" spreadsheet. */
export async function leesGemeentelijst(pad: string): Promise<CbsGemeente[]> {
	const bladen = (await readXlsxFile(pad)) as unknown as { sheet: string; data: unknown[][] }[];
	const blad = bladen.find((b) => b.sheet === 'Gemeenten_alfabetisch') ?? bladen[0];
	const [kop, ...rijen] = blad.data;
	const kol = (naam: string) => {
		const i = kop.indexOf(naam);
		if (i < 0)
			throw new BouwFout(`${basename(pad)}: kolom "${naam}" ontbreekt in blad ${blad.sheet}.`);
		return i;
	};
	const [iCode, iNaam, iPv, iPvNaam] = [
		'GemeentecodeGM',
		'Gemeentenaam',
		'ProvinciecodePV',
		'Provincienaam'
	].map(kol);
	return rijen
		.filter((r) => r.some((c) => c !== null && c !== ''))
		.map((r, i) => {
			const code = String(r[iCode] ?? '').trim();
			if (!/^GM\d{4}$/.test(code))
				throw new BouwFout(`${basename(pad)}, rij ${i + 2}: ongeldige GemeentecodeGM "${code}".`);
			return {
				code,
				naam: String(r[iNaam]).trim(),
				provincieCode: String(r[iPv]).trim(),
				provincieNaam: String(r[iPvNaam]).trim()
			};
		});
}

export interface RooDeelnemer {
	naam: string;
	tooi?: string;
	toetredings_datum?: string;
	bestuursorganen: string[];
}

export interface RooRegeling {
	bestand: string;
	id: string;
	rooId?: string;
	namen: string[];
	validUntil?: string | null;
	beleidsterreinen: string[];
	citeertitel?: string;
	doel?: string;
	samenwerkingsvorm?: string;
	orgaan?: { naam?: string; roo_id?: string };
	inwerkingtreding?: string;
	uitwerkingtreding?: string;
	deelnemers: RooDeelnemer[];
	bronUrl?: string;
	opgehaald?: string;
	vorigeRooId?: string;
	volgendeRooId?: string;
	bevoegdheden: { kop: string; tekst: string }[];
	bevoegdheidsverkrijgingen: string[];
	grondslagen: { opschrift: string; url?: string }[];
	instellingsbesluiten: string[];
}

export interface RooOrganisatie {
	bestand: string;
	id: string;
	rooId?: string;
	naam: string;
	afkorting?: string;
	tooi?: string;
	validUntil?: string | null;
	successorId?: string | null;
	inwoners?: number;
	oppervlakteKm2?: number;
	omschrijving?: string;
	website?: string;
	bronUrl?: string;
}

function leesYamlMap<T>(
	map: string,
	omzetten: (d: Record<string, unknown>, bestand: string) => T
): T[] {
	return readdirSync(map)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			let d: unknown;
			try {
				d = parseYaml(readFileSync(join(map, f), 'utf8'));
			} catch (e) {
				throw new BouwFout(`${f}: geen geldige YAML (${e instanceof Error ? e.message : e}).`);
			}
			if (!d || typeof d !== 'object') throw new BouwFout(`${f}: leeg of geen object.`);
			return omzetten(d as Record<string, unknown>, f);
		});
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' ? (x as Obj) : {});
const str = (x: unknown): string | undefined =>
	typeof x === 'string' && x.trim() ? x.trim() : undefined;
const lijst = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** Register: every organisation file (a regeling version, or the regeling's orgaan). */
export function leesRegelingen(map: string): {
	regelingen: RooRegeling[];
	organen: RooOrganisatie[];
} {
	const regelingen: RooRegeling[] = [];
	const organen: RooOrganisatie[] = [];
	leesYamlMap(map, (d, bestand) => {
		const ids = obj(d.identifiers);
		const namen = (Array.isArray(d.names) ? d.names : [])
			.map((n) => str(obj(n).value))
			.filter(Boolean) as string[];
		const meta = d.gr_meta ? obj(d.gr_meta) : null;
		const bron = (Array.isArray(d.sources) ? d.sources : []).map(obj).find((s) => s.id === 'roo');
		if (!meta) {
			const eerste = obj(Array.isArray(d.names) ? d.names[0] : undefined);
			organen.push({
				bestand,
				id: bestand.replace(/\.yaml$/, ''),
				rooId: str(ids.roo_id),
				naam: namen[0] ?? bestand,
				afkorting: str(eerste.abbr),
				validUntil: (d.valid_until as string | null) ?? null,
				omschrijving: str(obj(d.description).text),
				website: str(obj(d.contact).website),
				bronUrl: str(bron?.url)
			});
			return null;
		}
		regelingen.push({
			bestand,
			id: bestand.replace(/\.yaml$/, ''),
			rooId: str(ids.roo_id),
			namen,
			validUntil: (d.valid_until as string | null) ?? null,
			beleidsterreinen: (Array.isArray(d.policy_areas) ? d.policy_areas : [])
				.map((p) => str(obj(p).naam))
				.filter(Boolean) as string[],
			citeertitel: str(meta.citeertitel),
			doel: str(meta.doel),
			samenwerkingsvorm: str(obj(meta.samenwerkingsvorm).value),
			orgaan: meta.regionaal_samenwerkingsorgaan
				? {
						naam: str(obj(meta.regionaal_samenwerkingsorgaan).naam),
						roo_id: str(obj(meta.regionaal_samenwerkingsorgaan).roo_id)
					}
				: undefined,
			inwerkingtreding: str(meta.datum_inwerkingtreding),
			uitwerkingtreding: str(meta.datum_uitwerkingtreding),
			deelnemers: (Array.isArray(meta.deelnemende_organisaties)
				? meta.deelnemende_organisaties
				: []
			).map((x, i) => {
				const o = obj(x);
				const naam = str(o.naam);
				if (!naam) throw new BouwFout(`${bestand}: deelnemende_organisaties[${i}].naam ontbreekt.`);
				return {
					naam,
					tooi: str(o.tooi),
					toetredings_datum: str(o.toetredings_datum),
					bestuursorganen: lijst(o.bestuursorganen)
						.map((b) => str(obj(b).naam))
						.filter(Boolean) as string[]
				};
			}),
			bronUrl: str(bron?.url),
			opgehaald: str(bron?.retrieved),
			vorigeRooId: str(obj(meta.previous_version).roo_id),
			volgendeRooId: str(obj(meta.next_version).roo_id),
			bevoegdheden: lijst(meta.bevoegdheden)
				.map(obj)
				.map((b) => ({ kop: str(b.kop_artikel) ?? '', tekst: str(b.inhoud_artikel) ?? '' }))
				.filter((b) => b.tekst),
			bevoegdheidsverkrijgingen: lijst(meta.bevoegdheidsverkrijgingen)
				.map(str)
				.filter(Boolean) as string[],
			grondslagen: lijst(meta.wettelijke_grondslagen)
				.map(obj)
				.map((w) => ({ opschrift: str(w.opschrift) ?? '', url: str(w.referentie) }))
				.filter((w) => w.opschrift),
			instellingsbesluiten: lijst(meta.instellingsbesluiten).map(str).filter(Boolean) as string[]
		});
		return null;
	});
	return { regelingen, organen };
}

/** Register: gemeenten (current and dissolved) with inwoners and successor links. */
export function leesRooGemeenten(map: string): RooOrganisatie[] {
	return leesYamlMap(map, (d, bestand) => {
		const ids = obj(d.identifiers);
		const namen = Array.isArray(d.names) ? d.names.map(obj) : [];
		const geo = obj(d.geography);
		return {
			bestand,
			id: String(d.id ?? bestand),
			rooId: str(ids.roo_id),
			naam: str(namen[0]?.abbr) ?? str(namen[0]?.value)?.replace(/^Gemeente\s+/, '') ?? bestand,
			tooi: str(ids.tooi),
			validUntil: (d.valid_until as string | null) ?? null,
			successorId: (d.successor_id as string | null) ?? null,
			inwoners: typeof geo.aantal_inwoners === 'number' ? geo.aantal_inwoners : undefined,
			oppervlakteKm2: typeof geo.oppervlakte_km2 === 'number' ? geo.oppervlakte_km2 : undefined
		};
	});
}

export interface GeschiedenisRij {
	code: string;
	naam: string;
	provincieCode: string;
	provincieNaam: string;
	begindatum: string;
	einddatum: string | null;
}

/** NLExtract/CBS gemeentelijke indeling: validity period of every gemeente code since ~1970. */
export function leesGeschiedenis(pad: string): GeschiedenisRij[] {
	const res = Papa.parse<Record<string, string>>(readFileSync(pad, 'utf8'), {
		header: true,
		delimiter: ';',
		skipEmptyLines: true
	});
	return res.data.map((r, i) => {
		if (!/^\d{4}$/.test(r.gemeentecode ?? ''))
			throw new BouwFout(
				`${basename(pad)}, rij ${i + 2}: ongeldige gemeentecode "${r.gemeentecode}".`
			);
		return {
			code: `GM${r.gemeentecode}`,
			naam: r.gemeentenaam,
			provincieCode: `PV${r.provinciecode}`,
			provincieNaam: r.provincienaam,
			begindatum: r.begindatum,
			einddatum: r.einddatum || null
		};
	});
}

export interface IndelingRij {
	gemeentecode: string;
	gemeentenaam: string;
	regiocode: string;
	regionaam: string;
	bron_url: string;
	peildatum: string;
}

const INDELING_KOLOMMEN = [
	'gemeentecode',
	'gemeentenaam',
	'regiocode',
	'regionaam',
	'bron_url',
	'peildatum'
];

/** One indeling CSV (gemeente → region). Every field is required. */
export function leesIndelingCsv(pad: string): IndelingRij[] {
	const res = Papa.parse<Record<string, string>>(readFileSync(pad, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	const kop = res.meta.fields ?? [];
	for (const k of INDELING_KOLOMMEN) {
		if (!kop.includes(k))
			throw new BouwFout(`${basename(pad)}: kolom "${k}" ontbreekt in de kopregel.`);
	}
	return res.data.map((r, i) => {
		for (const k of INDELING_KOLOMMEN) {
			if (!r[k]?.trim()) throw new BouwFout(`${basename(pad)}, rij ${i + 2}: veld "${k}" is leeg.`);
		}
		if (!/^GM\d{4}$/.test(r.gemeentecode))
			throw new BouwFout(
				`${basename(pad)}, rij ${i + 2}, veld "gemeentecode": "${r.gemeentecode}" is geen GM-code.`
			);
		return r as unknown as IndelingRij;
	});
}

export interface RegioatlasRij {
	/** CBS code of the 2016 gemeente, GMdddd. */
	code: string;
	gemeente: string;
	regio: string;
}

/** One Regioatlas 2016 indeling (`"Gemeente";"CBS";"<indeling>";"Inwoneraantal van regio"`). */
export function leesRegioatlasCsv(pad: string): RegioatlasRij[] {
	const tekst = readFileSync(pad, 'utf8').replace(/^\uFEFF/, '');
	const res = Papa.parse<string[]>(tekst, { delimiter: ';', skipEmptyLines: true });
	const [kop, ...rijen] = res.data;
	if (!kop || kop[1] !== 'CBS')
		throw new BouwFout(
			`${basename(pad)}: kopregel "Gemeente;CBS;…" verwacht, gevonden "${kop?.join(';')}".`
		);
	return rijen.map((r, i) => {
		if (!/^\d{4}$/.test(r[1] ?? ''))
			throw new BouwFout(
				`${basename(pad)}, rij ${i + 2}, veld "CBS": "${r[1]}" is geen gemeentecode.`
			);
		if (!r[2]?.trim()) throw new BouwFout(`${basename(pad)}, rij ${i + 2}: regio ontbreekt.`);
		return { code: `GM${r[1]}`, gemeente: r[0], regio: r[2].replace(/\u00a0/g, ' ').trim() };
	});
}
