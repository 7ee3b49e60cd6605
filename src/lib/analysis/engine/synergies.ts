// Synergies across departments: pairs of units contributing positively to the same targets (a chance to work
// together, weighted by Σ over the shared targets of the smaller of the two units' positive weights), the unit ×
// unit matrix of those weights, and prioritised targets joined by a reinforcing interaction score (≥ 2).
import type { AnalysisContribution, Finding, UnitSynergyMatrix } from './types.js';
import { evidence, finding, type Model, type Rating } from './model.js';

/** Positive weight and contributions of each unit on each target, units in input order. */
function positiveByTarget(model: Model): Map<string, Map<number, { sum: number; contributions: AnalysisContribution[] }>> {
	const out = new Map<string, Map<number, { sum: number; contributions: AnalysisContribution[] }>>();
	for (const t of model.targets) {
		if (t.positive.length === 0) continue;
		const byUnit = new Map<number, { sum: number; contributions: AnalysisContribution[] }>();
		for (const c of t.positive) {
			const index = model.unitIndex.get(c.unitId)!;
			const cell = byUnit.get(index) ?? { sum: 0, contributions: [] };
			cell.sum += c.strength;
			cell.contributions.push(c);
			byUnit.set(index, cell);
		}
		out.set(t.code, byUnit);
	}
	return out;
}

export function findSynergies(model: Model): { synergies: Finding[]; unitSynergy: UnitSynergyMatrix } {
	const n = model.units.length;
	const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	const targets = Array.from({ length: n }, () => Array.from({ length: n }, (): string[] => []));
	const pairContributions = new Map<string, AnalysisContribution[]>();

	// model.targets is in SDG order, so each pair's target list comes out in SDG order.
	for (const [code, byUnit] of positiveByTarget(model)) {
		const indices = [...byUnit.keys()].sort((a, b) => a - b);
		for (let x = 0; x < indices.length; x++) {
			for (let y = x + 1; y < indices.length; y++) {
				const i = indices[x]!;
				const j = indices[y]!;
				const a = byUnit.get(i)!;
				const b = byUnit.get(j)!;
				const w = Math.min(a.sum, b.sum);
				weight[i]![j]! += w;
				weight[j]![i]! += w;
				targets[i]![j]!.push(code);
				targets[j]![i]!.push(code);
				const pair = `${i}:${j}`;
				const list = pairContributions.get(pair) ?? [];
				list.push(...a.contributions, ...b.contributions);
				pairContributions.set(pair, list);
			}
		}
	}

	const synergies: Finding[] = [];
	for (const [pair, contributions] of pairContributions) {
		const [i, j] = pair.split(':').map(Number) as [number, number];
		const [first, second] = [model.units[i]!, model.units[j]!].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		synergies.push(
			finding({
				key: `synergy:shared:${first!.id}:${second!.id}`,
				kind: 'synergy',
				type: 'sharedTargets',
				weight: weight[i]![j]!,
				unitIds: [first!.id, second!.id],
				targetCodes: targets[i]![j]!,
				evidence: evidence({ contributions }),
				message: { key: 'finding.synergy.shared', params: { unitA: first!.name, unitB: second!.name, targets: [...targets[i]![j]!] } }
			})
		);
	}

	for (const cell of model.interactions) {
		if (cell.score < 2) continue;
		const from = prioritised(model, cell.from);
		const to = prioritised(model, cell.to);
		if (from.length === 0 || to.length === 0) continue;
		synergies.push(
			finding({
				key: `synergy:interaction:${cell.from}:${cell.to}`,
				kind: 'synergy',
				type: 'reinforcingPair',
				weight: cell.score,
				unitIds: [...from, ...to].map((r) => r.unitId),
				targetCodes: [cell.from, cell.to],
				evidence: evidence({ relevance: [...from, ...to].map((r) => r.id), interactions: [cell.id] }),
				message: { key: 'finding.synergy.interaction', params: { from: cell.from, to: cell.to, score: cell.score } }
			})
		);
	}

	return { synergies, unitSynergy: { unitIds: model.units.map((u) => u.id), weight, targets } };
}

/** The hög ratings of a target (prioritised when there is at least one). */
export function prioritised(model: Model, code: string): Rating[] {
	return model.targetByCode.get(code)?.ratings.filter((r) => r.level === 'hög') ?? [];
}
