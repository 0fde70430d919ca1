// deck.gl drawing layers of a gemeente profile: the gemeente, its partners shaded by shared count, and arcs.
import { ArcLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Position } from 'geojson';
import {
	gemeentenLaag,
	grenzenLaag,
	omtrekkenLaag,
	type GemeenteFeature,
	type RGBA
} from './tekenlagen';
import { KLEUR_OVERIG, KLEUR_ZELF, naarRGBA, partnerKleur } from '$lib/stijl/kleuren';

const GRENS: RGBA = [255, 255, 255, 220];

export interface ProfielKaartInput {
	features: GemeenteFeature[];
	/** Every gemeente border once (GeoIndex.grenzen). */
	grenzen: Position[][];
	code: string;
	/** Partner code → number of shared verbanden. */
	gedeeld: Map<string, number>;
	punt: (code: string) => [number, number];
}

const ZELF = naarRGBA(KLEUR_ZELF);
const OVERIG = naarRGBA(KLEUR_OVERIG);

export function profielLagen({
	features,
	grenzen,
	code,
	gedeeld,
	punt
}: ProfielKaartInput): Layer[] {
	const max = Math.max(1, ...gedeeld.values());
	const bogen = [...gedeeld].map(([c, n]) => ({ van: punt(code), naar: punt(c), n }));
	return [
		// The same colours as the printed and downloaded partner map: sequential blue by shared
		// count (light → dark), grey when not a partner.
		gemeentenLaag({
			id: 'profiel-gemeenten',
			features,
			vulkleur: (c) => {
				if (c === code) return ZELF;
				const n = gedeeld.get(c);
				return n ? naarRGBA(partnerKleur(n, max)) : OVERIG;
			},
			kleurVersie: code
		}),
		grenzenLaag(grenzen, GRENS, 'profiel-grenzen'),
		new ArcLayer<(typeof bogen)[number]>({
			id: 'profiel-bogen',
			data: bogen,
			getSourcePosition: (d) => d.van,
			getTargetPosition: (d) => d.naar,
			getSourceColor: [230, 97, 1, 220],
			getTargetColor: [33, 102, 172, 220],
			getWidth: (d) => 1 + (4 * d.n) / max,
			widthUnits: 'pixels',
			greatCircle: false,
			getHeight: 0.4
		})
	];
}

export interface LedenKaartInput {
	features: GemeenteFeature[];
	grenzen: Position[][];
	/** Members per group; groups get the colours in `kleuren` (e.g. one group, or A and B). */
	groepen: { codes: Set<string>; kleur: RGBA }[];
	/** Outer rings of dissolved regions, drawn on top. */
	omtrekken: { ringen: [number, number][][]; kleur: RGBA; streep: [number, number] }[];
}

/** Members of one or more sets of gemeenten, with their dissolved outlines. */
export function ledenLagen({ features, grenzen, groepen, omtrekken }: LedenKaartInput): Layer[] {
	return [
		gemeentenLaag({
			id: 'leden-gemeenten',
			features,
			vulkleur: (c) => groepen.find((g) => g.codes.has(c))?.kleur ?? OVERIG,
			kleurVersie: ''
		}),
		grenzenLaag(grenzen, GRENS, 'leden-grenzen'),
		omtrekkenLaag(
			'leden-omtrek',
			omtrekken.map((o, i) => ({
				id: `leden-omtrek-${i}`,
				paden: o.ringen,
				kleur: o.kleur,
				breedte: 2.5,
				streep: o.streep,
				verschuiving: 0
			}))
		)
	];
}
