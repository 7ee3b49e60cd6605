// The interaction network of the agreed (or imported) scores: metrics per scored target (the interactions
// module's targetMetrics), the 17 × 17 goal-level aggregation and the non-zero edges.
import { goalMatrix } from '../interactions/goals.js';
import { targetMetrics } from '../interactions/metrics.js';
import type { InteractionMatrix, InteractionScore } from '../interactions/types.js';
import type { AnalysisResult, NetworkEdge } from './types.js';
import { TARGET_CODES, TARGET_COUNT, type Model } from './model.js';

/** The matrix of the model's scored cells: the targets that appear in any cell, SDG order. */
export function interactionMatrix(model: Model): InteractionMatrix {
	const T = TARGET_COUNT;
	const { interactions, interactionCells } = model;
	const index = new Int32Array(T).fill(-1);
	for (const cell of interactionCells) index[Math.floor(cell / T)] = index[cell % T] = 0;
	const codes: string[] = [];
	for (let t = 0; t < T; t++) if (index[t] === 0) index[t] = codes.push(TARGET_CODES[t]!) - 1;
	const cells = codes.map(() => new Array<InteractionScore | null>(codes.length).fill(null));
	for (let k = 0; k < interactions.length; k++) {
		const cell = interactionCells[k]!;
		cells[index[Math.floor(cell / T)]!]![index[cell % T]!] = interactions[k]!.score;
	}
	return { codes, cells };
}

export function computeNetwork(model: Model): AnalysisResult['network'] {
	const matrix = interactionMatrix(model);
	// model.interactions is in SDG order already.
	const edges: NetworkEdge[] = [];
	// The cells themselves: they have exactly the edge's fields, and a large matrix has tens of thousands of them.
	for (const i of model.interactions) if (i.score !== 0) edges.push(i);
	return { metrics: targetMetrics(matrix), goalMatrix: goalMatrix(matrix), edges };
}
