// The interaction network of the agreed (or imported) scores: metrics per scored target (the interactions
// module's targetMetrics), the 17 × 17 goal-level aggregation and the non-zero edges.
import { goalMatrix } from '../interactions/goals.js';
import { targetMetrics } from '../interactions/metrics.js';
import type { InteractionMatrix, InteractionScore } from '../interactions/types.js';
import type { AnalysisResult, NetworkEdge } from './types.js';
import { sortedCodes, type Model } from './model.js';

/** The matrix of the model's scored cells: the targets that appear in any cell, SDG order. */
export function interactionMatrix(model: Model): InteractionMatrix {
	const codes = sortedCodes(model.interactions.flatMap((i) => [i.from, i.to]));
	const index = new Map(codes.map((c, i) => [c, i]));
	const cells = codes.map(() => new Array<InteractionScore | null>(codes.length).fill(null));
	for (const i of model.interactions) cells[index.get(i.from)!]![index.get(i.to)!] = i.score;
	return { codes, cells };
}

export function computeNetwork(model: Model): AnalysisResult['network'] {
	const matrix = interactionMatrix(model);
	// model.interactions is in SDG order already.
	const edges: NetworkEdge[] = [];
	for (const i of model.interactions) if (i.score !== 0) edges.push({ from: i.from, to: i.to, score: i.score, id: i.id });
	return { metrics: targetMetrics(matrix), goalMatrix: goalMatrix(matrix), edges };
}
