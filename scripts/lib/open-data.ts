// Open data out: the reviewed dataset as CSV (Excel-friendly) and GeoJSON, with a Frictionless
// datapackage.json describing fields and sources, so what the map shows can be reused exactly.
import { merge } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import { naarCsv } from '../../src/lib/data/csv';
import type { BouwResultaat } from './bouw/index';

const VELDEN: { name: string; type: string; description: string }[] = [
	{
		name: 'id',
		type: 'string',
		description:
			'Vaste sleutel van de regeling (bestandsnaam van de huidige versie in het register); /samenwerking/<id> in de atlas.'
	},
	{ name: 'naam', type: 'string', description: 'Citeertitel of naam van de regeling.' },
	{
		name: 'afkorting',
		type: 'string',
		description: 'Afkorting van het samenwerkingsorgaan, waar bekend.'
	},
	{
		name: 'samenwerkingsvorm',
		type: 'string',
		description:
			'Openbaar lichaam, bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan, regeling zonder meer of centrumgemeenteconstructie.'
	},
	{
		name: 'regime',
		type: 'string',
		description:
			'Welke organen van de gemeenten deelnemen: collegeregeling, raadsregeling, burgemeestersregeling of gemengde regeling.'
	},
	{ name: 'domeinen', type: 'string', description: 'Beoordeelde domeinen, gescheiden door |.' },
	{
		name: 'reden',
		type: 'string',
		description:
			'Eén regel: het bewijs voor de domeinen (naam, doel, bevoegdheden, grondslag, orgaan).'
	},
	{ name: 'zeker', type: 'string', description: '"ja", of "twijfel" voor een grensgeval.' },
	{
		name: 'gemeentecodes',
		type: 'string',
		description: 'CBS-codes (2025) van de deelnemende gemeenten, gescheiden door |.'
	},
	{
		name: 'gemeenten',
		type: 'string',
		description: 'Namen van de deelnemende gemeenten, gescheiden door |.'
	},
	{ name: 'aantal_gemeenten', type: 'integer', description: 'Aantal deelnemende gemeenten.' },
	{
		name: 'sinds',
		type: 'date',
		description: 'Inwerkingtreding van de eerste geregistreerde versie.'
	},
	{ name: 'versie_sinds', type: 'date', description: 'Inwerkingtreding van de huidige versie.' },
	{
		name: 'raad_neemt_deel',
		type: 'boolean',
		description: 'Of de raad van ten minste één gemeente zelf deelneemt.'
	},
	{ name: 'gedelegeerd', type: 'boolean', description: 'Of er bevoegdheden zijn gedelegeerd.' },
	{
		name: 'bron_url',
		type: 'string',
		description: 'Pagina van de regeling in het Register van Overheidsorganisaties.'
	},
	{ name: 'peildatum', type: 'date', description: 'Datum waarop het register is opgehaald.' }
];

export function openData(res: BouwResultaat): Record<string, string> {
	const { atlas, details, topology } = res;
	const naam = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
	const rijen = atlas.verbanden.map((v) => ({
		id: v.id,
		naam: v.naam,
		afkorting: v.afkorting ?? '',
		samenwerkingsvorm: v.samenwerkingsvorm,
		regime: v.regime,
		domeinen: v.domeinen.join('|'),
		reden: details[v.id]?.classificatie.reden ?? '',
		zeker: details[v.id]?.classificatie.zeker ? 'ja' : 'twijfel',
		gemeentecodes: v.gemeenten.join('|'),
		gemeenten: v.gemeenten.map((c) => naam.get(c) ?? c).join('|'),
		aantal_gemeenten: v.gemeenten.length,
		sinds: v.sinds ?? '',
		versie_sinds: v.versieSinds ?? '',
		raad_neemt_deel: v.raadNeemtDeel,
		gedelegeerd: v.gedelegeerd,
		bron_url: v.bron.url,
		peildatum: v.bron.peildatum
	}));
	const geoms = new Map(
		topology.objects.gemeenten.geometries.map((g) => [String(g.properties?.code), g])
	);
	const features = atlas.verbanden.map((v, i) => ({
		type: 'Feature',
		id: v.id,
		properties: rijen[i],
		geometry: merge(
			topology as unknown as Topology,
			v.gemeenten.map((c) => geoms.get(c)).filter(Boolean) as GeometryObject[] as never
		)
	}));
	const bronnen = atlas.meta.bronnen.map((b) => ({
		title: b.naam,
		path: b.url,
		version: b.peildatum
	}));
	const datapackage = {
		profile: 'data-package',
		name: 'samenwerkingsatlas-verbanden',
		title: 'Samenwerkingsatlas: gemeenschappelijke regelingen van gemeenten, beoordeeld per domein',
		description:
			'Alle huidige gemeenschappelijke regelingen (Wgr) met ten minste één gemeente uit het Register van Overheidsorganisaties, met de beoordeelde domeinen en het bewijs. Het register bevat alleen Wgr-regelingen: privaatrechtelijke samenwerking, convenanten en centrumgemeente-afspraken zonder regeling ontbreken.',
		version: atlas.meta.peildatumRegister,
		created: atlas.meta.gebouwd,
		licenses: [
			{
				name: 'CC0-1.0',
				title: 'Register van Overheidsorganisaties (CC0)',
				path: 'https://creativecommons.org/publicdomain/zero/1.0/'
			},
			{
				name: 'CC-BY-4.0',
				title: 'Gemeentegrenzen CBS/PDOK (CC-BY 4.0)',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		],
		sources: bronnen,
		resources: [
			{
				name: 'verbanden',
				path: 'verbanden.csv',
				profile: 'tabular-data-resource',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8-sig',
				dialect: { delimiter: ';', lineTerminator: '\r\n', header: true },
				description:
					'Eén rij per regeling. Cellen die met = + - @ beginnen zijn met een apostrof geneutraliseerd.',
				schema: { fields: VELDEN, primaryKey: ['id'] }
			},
			{
				name: 'verbanden-kaart',
				path: 'verbanden.geojson',
				profile: 'data-resource',
				format: 'geojson',
				mediatype: 'application/geo+json',
				description:
					'Dezelfde regelingen met hun gebied: de samengevoegde CBS-gemeentegrenzen 2025 (gegeneraliseerd, WGS84) van de leden; eigenschappen als in verbanden.csv.'
			}
		]
	};
	return {
		'verbanden.csv': naarCsv(
			rijen,
			VELDEN.map((f) => f.name)
		),
		'verbanden.geojson': JSON.stringify({ type: 'FeatureCollection', features }),
		'datapackage.json': JSON.stringify(datapackage, null, 2)
	};
}
