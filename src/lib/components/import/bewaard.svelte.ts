// The kept datasets as page state: read from storage (damaged records apart), changed through the
// storage module, read again after every change and whenever another tab announces one.
import { foutTekst } from '$lib/fout';
import { vertaal } from '$lib/i18n';
import type { Dataset } from '$lib/import/dataset';
import {
	bijWijzigingElders,
	hernoemDataset,
	leesOpslag,
	verwijderDataset,
	type Beschadigd
} from '$lib/import/opslag';

export class Bewaard {
	datasets = $state.raw<Dataset[]>([]);
	beschadigd = $state.raw<Beschadigd[]>([]);
	/** Storage could not be opened (private mode, blocked, quota). */
	weg = $state(false);
	readonly stop: () => void;

	constructor(
		/** Where results go: a Dutch failure, or what was done. */
		private readonly meld: (m: { fout?: string; melding?: string }) => void
	) {
		this.stop = bijWijzigingElders(async () => {
			await this.laad();
			this.meld({ melding: vertaal('nl', 'import_elders_gewijzigd') });
		});
	}

	async laad(): Promise<void> {
		try {
			const o = await leesOpslag();
			this.datasets = o.datasets;
			this.beschadigd = o.beschadigd;
			this.weg = false;
		} catch {
			this.datasets = [];
			this.beschadigd = [];
			this.weg = true;
		}
	}

	/** A storage change: its Dutch failure is shown, and the list is read again either way. */
	async schrijf(werk: () => Promise<void>, gelukt: string): Promise<boolean> {
		this.meld({ fout: '', melding: '' });
		let ok = false;
		try {
			await werk();
			this.meld({ melding: gelukt });
			ok = true;
		} catch (e) {
			this.meld({ fout: foutTekst(e) });
		}
		await this.laad();
		return ok;
	}

	hernoem = (d: Dataset, nieuw: string) => {
		const n = nieuw?.trim();
		if (!n || n === d.naam) return;
		return this.schrijf(() => hernoemDataset(d.id, d.naam, n), `Hernoemd naar "${n}".`);
	};

	verwijder = (d: Dataset) => {
		if (!confirm(`"${d.naam}" verwijderen uit deze browser?`)) return;
		return this.schrijf(() => verwijderDataset(d.id, d.naam), `"${d.naam}" is verwijderd.`);
	};

	verwijderBeschadigd = (b: Beschadigd) =>
		this.schrijf(
			() => verwijderDataset(b.sleutel, b.naam),
			vertaal('nl', 'import_beschadigd_weg', { naam: b.naam })
		);
}
