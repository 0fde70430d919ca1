// The gemeente names layer: loaded only when the map is zoomed in far enough to show names
// (deck.gl's TextLayer with its font atlas is ~17 KB gzip that the first map does not need).
import { TextLayer } from '@deck.gl/layers';
import type { Label } from './tekenlagen';

/** Gemeente names, drawn by deck.gl (no glyph server). */
export function labelLaag(labels: Label[]) {
	return new TextLayer<Label>({
		id: 'labels',
		data: labels,
		getText: (d) => d.tekst,
		getPosition: (d) => d.positie,
		getSize: 12,
		getColor: [20, 20, 20, 255],
		fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
		fontWeight: 600,
		outlineWidth: 3,
		outlineColor: [255, 255, 255, 230],
		fontSettings: { sdf: true },
		characterSet: 'auto',
		getTextAnchor: 'middle',
		getAlignmentBaseline: 'center',
		pickable: false
	});
}
