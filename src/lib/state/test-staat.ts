// For the unit tests: the explorer's map state of a model with some layers on, as it starts
// (no gaps hatched, default styles, nothing selected, Dutch).
import type { KaartStaat } from './kaart-staat';
import type { VerkennerModel } from './verkenner-model';

export function beginStaat(model: VerkennerModel, zichtbaar: string[]): KaartStaat {
	return {
		model,
		view: model.view(zichtbaar),
		zichtbaar,
		gatenTonen: [],
		stijl: new Map(),
		geselecteerd: null,
		taal: 'nl'
	};
}
