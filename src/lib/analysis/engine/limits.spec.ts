// A fully scored matrix between prioritised targets gives thousands of interaction findings; the lists carry
// the strongest INTERACTION_FINDINGS of each type, in ranked order, and the network keeps every scored cell.
import { describe, expect, it } from 'vitest';
import { targets } from '#lib/sdg/catalogue.js';
import type { InteractionScore } from '../interactions/types.js';
import { analyse } from './index.js';
import { INTERACTION_FINDINGS } from './interaction-findings.js';
import type { AnalysisInput, AnalysisInteraction } from './types.js';

/** One unit rating the first 30 targets hög, and every ordered pair among them scored by a fixed pattern. */
function input(): AnalysisInput {
	const codes = targets().slice(0, 30).map((t) => t.code);
	const interactions: AnalysisInteraction[] = [];
	codes.forEach((from, i) =>
		codes.forEach((to, j) => {
			if (i !== j) interactions.push({ from, to, score: ((((i * 7 + j * 3) % 7) - 3) as InteractionScore), id: `${from}>${to}` });
		})
	);
	return {
		units: [{ id: 'u', name: 'Kommunstyrelsen', type: 'styrelse', parentId: null }],
		relevance: codes.map((code, i) => ({ id: `r${i}`, unitId: 'u', kind: 'target' as const, code, level: 'hög' as const })),
		activities: [],
		contributions: [],
		interactions
	};
}

describe('interaction findings', () => {
	it('are limited to the strongest of each type, in ranked order, while the network keeps every scored cell', () => {
		const data = input();
		const result = analyse(data);
		const negative = result.conflicts.filter((f) => f.type === 'negativeInteraction');
		const reinforcing = result.synergies.filter((f) => f.type === 'reinforcingPair');
		const eligibleNegative = data.interactions.filter((c) => c.score <= -1);
		const eligibleReinforcing = data.interactions.filter((c) => c.score >= 2);
		expect(eligibleNegative.length).toBeGreaterThan(INTERACTION_FINDINGS);
		expect(eligibleReinforcing.length).toBeGreaterThan(INTERACTION_FINDINGS);
		expect(negative).toHaveLength(INTERACTION_FINDINGS);
		expect(reinforcing).toHaveLength(INTERACTION_FINDINGS);
		// The strongest: every −3 cell outranks any −2 one, and the list is cut at the weakest weight it holds.
		const cancelling = eligibleNegative.filter((c) => c.score === -3).length;
		expect(negative.slice(0, Math.min(cancelling, INTERACTION_FINDINGS)).every((f) => f.weight === 6)).toBe(true);
		for (let i = 1; i < negative.length; i++) expect(negative[i - 1]!.weight).toBeGreaterThanOrEqual(negative[i]!.weight);
		expect(result.network.edges).toHaveLength(data.interactions.filter((c) => c.score !== 0).length);
	});
});
