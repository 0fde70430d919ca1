// The version history of one regeling for its page: members per version and who joined or left
// between versions. Works on the detail file's versieGeschiedenis and on a keten of the history
// (regelingen that have ended have only the latter). Pure.
import type { Keten } from './geschiedenis';
import type { GemeenteCode, VersieInfo } from './types';

export interface VersieRegel extends VersieInfo {
	/** Members not in the previous version (empty for the first). */
	toegetreden: string[];
	/** Members of the previous version no longer listed. */
	uitgetreden: string[];
}

const sleutel = (l: { naam: string; code?: GemeenteCode }) => l.code ?? l.naam;

/** Each version with the members that joined and left since the one before it, oldest first. */
export function versieRegels(versies: readonly VersieInfo[]): VersieRegel[] {
	const gesorteerd = [...versies].sort((a, b) => a.van.localeCompare(b.van));
	return gesorteerd.map((v, i) => {
		if (i === 0) return { ...v, toegetreden: [], uitgetreden: [] };
		const vorige = gesorteerd[i - 1].leden;
		const nu = new Set(v.leden.map(sleutel));
		const was = new Set(vorige.map(sleutel));
		return {
			...v,
			toegetreden: v.leden.filter((l) => !was.has(sleutel(l))).map((l) => l.naam),
			uitgetreden: vorige.filter((l) => !nu.has(sleutel(l))).map((l) => l.naam)
		};
	});
}

/** A keten's versions in the detail file's shape (for regelingen no longer in force). */
export function versiesUitKeten(k: Keten): VersieInfo[] {
	return k.versies.map((v) => ({
		id: v.id,
		naam: k.naam,
		van: v.van,
		...(v.tot ? { tot: v.tot } : {}),
		leden: v.leden.map((l) => ({
			naam: l.n,
			...(l.c ? { code: l.c } : {}),
			...(l.t ? { sinds: l.t } : {})
		}))
	}));
}
