// The bare page of the side-by-side bench (issue 19): MapLibre 5 + deck.gl 9.4 and nothing else,
// the gemeente fills of the same topology in one GeoJsonLayer (fill only), the same empty style
// and the same map size as the explorer's map. Bundled by the bench (esbuild) into build/, so it
// is served by the same preview server; it makes no third-party request.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { GeoJsonLayer } from '@deck.gl/layers';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

const q = new URLSearchParams(location.search);
const el = document.getElementById('kaart')!;
el.style.width = `${q.get('w') ?? 944}px`;
el.style.height = `${q.get('h') ?? 740}px`;

let kaartIdle = false;
let deckGetekend = false;
let lagenGezet = false;
const meld = () => {
	if (kaartIdle && deckGetekend) el.setAttribute('data-idle', 'true');
};

const map = new maplibregl.Map({
	container: el,
	style: {
		version: 8,
		sources: {},
		layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': '#dbe7ef' } }]
	},
	bounds: [
		[3.2, 50.7],
		[7.3, 53.6]
	],
	fitBoundsOptions: { padding: { top: 16, bottom: 36, left: 16, right: 16 } },
	attributionControl: false,
	canvasContextAttributes: { preserveDrawingBuffer: true }
});
const overlay = new MapboxOverlay({
	interleaved: false,
	layers: [],
	onAfterRender: () => {
		if (lagenGezet && !deckGetekend) {
			deckGetekend = true;
			meld();
		}
	}
});
map.addControl(overlay);
map.on('idle', () => {
	kaartIdle = true;
	meld();
});

const topo = (await (await fetch('/data/gemeenten.topo.json')).json()) as Topology<{
	gemeenten: GeometryCollection<{ code: string }>;
}>;
const gemeenten = feature(topo, topo.objects.gemeenten);
const zet = () => {
	lagenGezet = true;
	overlay.setProps({
		layers: [
			new GeoJsonLayer({
				id: 'gemeenten',
				data: gemeenten,
				stroked: false,
				filled: true,
				pickable: true,
				getFillColor: (_f, { index }) => [60 + (index % 5) * 30, 120, 180, 255]
			})
		]
	});
};
if (map.loaded()) zet();
else map.once('load', zet);
