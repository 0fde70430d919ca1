// The label layer factory for a map component, loaded the first time the zoom needs names.
import { LABEL_ZOOM, laadLabels, type LabelFabriek } from './verkenner-lagen';

export class LabelLader {
	fabriek: LabelFabriek | null = $state(null);

	/** Call from an effect with the map's zoom. */
	zorgVoor(zoom: number): void {
		if (zoom >= LABEL_ZOOM && !this.fabriek) laadLabels().then((f) => (this.fabriek = f));
	}
}
