// What the explorer's gemeente panel shows for the selected gemeente in the visible layers.
// Pure: the explorer passes its state; on a past date links go only where a page exists today.
import type { LaagStijl } from './kaart-staat';
import type { VerkennerModel, VerkennerView } from './verkenner-model';

export interface PaneelVerband {
	id: string;
	naam: string;
	vorm: string;
	leden: number;
	/** Has a page of its own (register verbanden). */
	link: boolean;
}

export interface PaneelGroep {
	id: string;
	naam: string;
	kleur: string;
	verbanden: PaneelVerband[];
	/** Shown when the gemeente is in none of its verbanden/regions (honestly worded). */
	leeg: string;
}

export interface PaneelPartner {
	code: string;
	naam: string;
	gedeeld: number;
}

export interface PaneelGemeente {
	code: string;
	naam: string;
	provincieNaam: string;
	inwoners: number;
	/** On a past date: inwoners are today's ('nu'), or unknown for a gemeente that is gone. */
	inwonersStand?: 'nu' | 'onbekend';
	/** Whether it has a profile page (gemeenten of today); true when absent. */
	profiel?: boolean;
	schalen: number;
	verbanden: number;
	rang: number;
	aantalGemeenten: number;
}

export interface PaneelInvoer {
	model: VerkennerModel;
	view: VerkennerView;
	zichtbaar: string[];
	stijl: ReadonlyMap<string, LaagStijl>;
	geselecteerd: string | null;
	/** Today's model: which gemeenten and verbanden have a page (prerendered from today's data). */
	vandaag: VerkennerModel;
	/** Whether the view shows a past date (inwoners are then today's, or unknown). */
	verleden: boolean;
	/** What to say for a layer the gemeente is in no verband/region of. */
	leeg: (laagId: string) => string;
}

export interface PaneelInhoud {
	gemeente: PaneelGemeente;
	groepen: PaneelGroep[];
	partners: PaneelPartner[];
}

export function gemeentePaneel(s: PaneelInvoer): PaneelInhoud | null {
	const code = s.geselecteerd;
	if (!code) return null;
	const g = s.model.gemeenteMap.get(code);
	if (!g) return null;
	const telling = s.view.telling.get(code) ?? { schalen: 0, verbanden: 0 };
	const bestaatNu = s.vandaag.gemeenteCodes.has(code);
	const verbandNu = new Set(s.vandaag.atlas.verbanden.map((v) => v.id));
	return {
		gemeente: {
			code,
			naam: g.naam,
			provincieNaam: g.provincieNaam,
			inwoners: g.inwoners,
			inwonersStand: !s.verleden ? undefined : bestaatNu ? 'nu' : 'onbekend',
			profiel: bestaatNu,
			schalen: telling.schalen,
			verbanden: telling.verbanden,
			rang: s.view.rang.get(code) ?? s.model.gemeenten.length,
			aantalGemeenten: s.model.gemeenten.length
		},
		groepen: s.zichtbaar
			.map((id) => ({ l: s.model.laag(id), regios: s.model.regiosVan(id, code) }))
			// A domain without a verband here says so (honestly worded); a partition always has one.
			.filter((x) => x.regios.length > 0 || x.l.soort === 'domein')
			.map((x) => ({
				id: x.l.id,
				naam: x.l.naam,
				kleur: s.stijl.get(x.l.id)?.kleur ?? x.l.kleur,
				leeg: s.leeg(x.l.id),
				verbanden: x.regios.map((r) => ({
					id: r.id,
					naam: r.naam,
					vorm: r.vorm ?? x.l.naam,
					leden: r.leden,
					// Only register verbanden of today have a page; regions and own data do not.
					link: x.l.soort === 'domein' && x.l.groep !== 'eigen' && verbandNu.has(r.id)
				}))
			})),
		partners: s.model
			.partners(code, s.zichtbaar)
			.slice(0, 12)
			.map((p) => ({
				code: p.code,
				naam: s.model.gemeenteMap.get(p.code)?.naam ?? p.code,
				gedeeld: p.gedeeld
			}))
	};
}
