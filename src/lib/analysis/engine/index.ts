// The analysis engine: one organisation's agreed mapping for one cycle in, coverage, strengths, gaps,
// synergies, goal conflicts and the interaction network out. Pure: no database, no clock, no Svelte.
import type { AnalysisInput, AnalysisResult } from './types.js';
import { computeCoverage } from './coverage.js';
import { findConflicts } from './conflicts.js';
import { findGaps } from './gaps.js';
import { findSteeringGaps } from './steering-gaps.js';
import { prepare, rank } from './model.js';
export { compareFindings, TARGET_COUNT, targetNumber } from './model.js';
import { computeNetwork } from './network.js';
import { findStrengths } from './strengths.js';
import { findSynergies } from './synergies.js';

export type * from './types.js';
export { DEFAULT_DIMENSIONS } from './dimensions.js';
export { describeFinding, findingKindLabelKeys, findingTypeLabelKeys, swedishGenitive, englishGenitive, formatList } from './sentence.js';
export { compareAnalyses, type AnalysisComparison, type GoalChange } from './compare.js';

export function analyse(input: AnalysisInput): AnalysisResult {
	const model = prepare(input);
	const { synergies, unitSynergy } = findSynergies(model);
	return {
		coverage: computeCoverage(model),
		strengths: rank(findStrengths(model)),
		gaps: rank([...findGaps(model), ...findSteeringGaps(model, input.steering)]),
		synergies: rank(synergies),
		conflicts: rank(findConflicts(model)),
		unitSynergy,
		network: computeNetwork(model)
	};
}
