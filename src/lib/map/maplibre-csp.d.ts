// The CSP build of MapLibre (no blob: worker) ships without its own types; it has the same API.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
	import * as maplibregl from 'maplibre-gl';
	export default maplibregl;
}
