// Named inputs for the engine's tests (and for anyone who needs a small, realistic mapping): an Alingsås-like
// small municipality, conflicting activities, an empty cycle and a single unit. Plain data; the expected
// results are worked out by hand in engine.spec.ts.
import type { Direction, RelevanceLevel, Strength } from '#lib/domain/mapping.js';
import type { InteractionScore } from '../interactions/types.js';
import type { AnalysisContribution, AnalysisInput, AnalysisInteraction, AnalysisRelevance, AnalysisUnit } from './types.js';

const unit = (id: string, name: string, type = 'nämnd'): AnalysisUnit => ({ id, name, type, parentId: null });

const goalRating = (id: string, unitId: string, goal: number, level: RelevanceLevel): AnalysisRelevance => ({
	id,
	unitId,
	kind: 'goal',
	code: String(goal),
	level
});

const targetRating = (id: string, unitId: string, code: string, level: RelevanceLevel): AnalysisRelevance => ({
	id,
	unitId,
	kind: 'target',
	code,
	level
});

const contribution = (
	id: string,
	unitId: string,
	activityId: string,
	targetCode: string,
	direction: Direction,
	strength: Strength,
	indicator: AnalysisContribution['indicator'] = null
): AnalysisContribution => ({ id, unitId, activityId, targetCode, direction, strength, directness: 'direkt', indicator });

const interaction = (from: string, to: string, score: InteractionScore): AnalysisInteraction => ({ from, to, score, id: `${from}>${to}` });

export const KS = unit('u-ks', 'Kommunstyrelsen', 'styrelse');
export const SN = unit('u-sn', 'Socialnämnden');
export const KF = unit('u-kf', 'Kultur- och fritidsnämnden');
export const MB = unit('u-mb', 'Miljö- och byggnadsnämnden');

/**
 * Four units of Alingsås with a handful of ratings and contributions: 3.4 shared by Socialnämnden and
 * Kultur- och fritidsnämnden, a new shopping area (Kommunstyrelsen) that helps 8.3 but counteracts 11.6,
 * which Miljö- och byggnadsnämnden works for, and a prioritised 16.7 nothing contributes to.
 */
export const smallMunicipality: AnalysisInput = {
	units: [KS, SN, KF, MB],
	relevance: [
		goalRating('r-sn-g3', SN.id, 3, 'hög'),
		goalRating('r-kf-g3', KF.id, 3, 'medel'),
		goalRating('r-mb-g11', MB.id, 11, 'hög'),
		targetRating('r-sn-3.4', SN.id, '3.4', 'hög'),
		targetRating('r-kf-3.4', KF.id, '3.4', 'medel'),
		targetRating('r-sn-10.2', SN.id, '10.2', 'medel'),
		targetRating('r-mb-11.6', MB.id, '11.6', 'hög'),
		targetRating('r-mb-6.3', MB.id, '6.3', 'medel'),
		targetRating('r-ks-11.6', KS.id, '11.6', 'låg'),
		targetRating('r-kf-4.7', KF.id, '4.7', 'vet_ej'),
		targetRating('r-ks-16.7', KS.id, '16.7', 'hög')
	],
	activities: [
		{ id: 'a-sn-1', unitId: SN.id, name: 'Hemtjänst i egen regi' },
		{ id: 'a-sn-2', unitId: SN.id, name: 'Förebyggande hälsoarbete' },
		{ id: 'a-kf-1', unitId: KF.id, name: 'Spontanidrott i alla stadsdelar' },
		{ id: 'a-mb-1', unitId: MB.id, name: 'Tillsyn av enskilda avlopp' },
		{ id: 'a-ks-1', unitId: KS.id, name: 'Hållbar upphandling' },
		{ id: 'a-ks-2', unitId: KS.id, name: 'Ny handelsplats vid E20' }
	],
	contributions: [
		contribution('c1', SN.id, 'a-sn-2', '3.4', 'bidrar', 3, { kind: 'kolada', ref: 'N15436' }),
		contribution('c2', KF.id, 'a-kf-1', '3.4', 'bidrar', 2),
		contribution('c3', SN.id, 'a-sn-1', '10.2', 'bidrar', 2),
		contribution('c4', KS.id, 'a-ks-1', '12.7', 'bidrar', 2, { kind: 'local', ref: 'Andel upphandlingar med hållbarhetskrav' }),
		contribution('c5', MB.id, 'a-mb-1', '6.3', 'bidrar', 1),
		contribution('c6', MB.id, 'a-mb-1', '11.6', 'bidrar', 2),
		contribution('c7', KS.id, 'a-ks-2', '8.3', 'bidrar', 2),
		contribution('c8', KS.id, 'a-ks-2', '11.6', 'motverkar', 1),
		contribution('c9', SN.id, 'a-sn-2', '3.5', 'bidrar', 1)
	],
	interactions: [interaction('3.4', '10.2', 2), interaction('11.6', '3.4', 2), interaction('8.3', '11.6', -1)]
};

/**
 * Activities that help one target and counteract another: home care that helps 1.3 and 8.5 but counteracts
 * 10.2, building in a forest that helps 11.1 but counteracts 15.1 (which a nature programme works for), and
 * prioritised targets joined by a negative (11.2 → 15.1) and a reinforcing (1.3 → 10.2) interaction.
 */
export const conflictingActivities: AnalysisInput = {
	units: [KS, MB, SN],
	relevance: [
		targetRating('r-ks-11.2', KS.id, '11.2', 'hög'),
		targetRating('r-mb-15.1', MB.id, '15.1', 'hög'),
		targetRating('r-sn-1.3', SN.id, '1.3', 'hög'),
		targetRating('r-sn-10.2', SN.id, '10.2', 'hög')
	],
	activities: [
		{ id: 'a-sn', unitId: SN.id, name: 'Hemtjänst i egen regi' },
		{ id: 'a-ks', unitId: KS.id, name: 'Exploatering av Stadsskogen' },
		{ id: 'a-mb', unitId: MB.id, name: 'Naturvårdsprogram' }
	],
	contributions: [
		contribution('k1', SN.id, 'a-sn', '1.3', 'bidrar', 3),
		contribution('k2', SN.id, 'a-sn', '8.5', 'bidrar', 1),
		contribution('k3', SN.id, 'a-sn', '10.2', 'motverkar', 2),
		contribution('k4', KS.id, 'a-ks', '11.1', 'bidrar', 2),
		contribution('k5', KS.id, 'a-ks', '15.1', 'motverkar', 3),
		contribution('k6', MB.id, 'a-mb', '15.1', 'bidrar', 2, { kind: 'sdg', ref: '15.1.2' })
	],
	interactions: [interaction('11.2', '15.1', -2), interaction('1.3', '10.2', 3)]
};

/** A new cycle: the units are there, nothing is rated or linked yet. */
export const emptyCycle: AnalysisInput = {
	units: [KS, SN, KF, MB],
	relevance: [],
	activities: [],
	contributions: [],
	interactions: []
};

/** An organisation of one unit: nothing to share and no one to lean on, so no synergies and no fragile goals. */
export const oneUnit: AnalysisInput = {
	units: [SN],
	relevance: [goalRating('o-g1', SN.id, 1, 'hög'), targetRating('o-1.3', SN.id, '1.3', 'medel'), targetRating('o-3.4', SN.id, '3.4', 'hög')],
	activities: [
		{ id: 'o-a1', unitId: SN.id, name: 'Ekonomiskt bistånd' },
		{ id: 'o-a2', unitId: SN.id, name: 'Förebyggande hälsoarbete' }
	],
	contributions: [
		contribution('o-c1', SN.id, 'o-a1', '1.3', 'bidrar', 3),
		contribution('o-c2', SN.id, 'o-a2', '3.4', 'bidrar', 2, { kind: 'kolada', ref: 'N15436' })
	],
	interactions: []
};
