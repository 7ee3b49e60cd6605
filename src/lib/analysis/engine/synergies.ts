// Synergies across departments: pairs of units contributing positively to the same targets (a chance to work
// together, weighted by Σ over the shared targets of the smaller of the two units' positive weights), the unit ×
// unit matrix of those weights, and prioritised targets joined by a reinforcing interaction score (≥ 2).
import type { Finding, UnitSynergyMatrix } from './types.js';
import { TARGET_CODES, TARGET_COUNT, evidenceAt, finding, groupPositions, listOf, mergeAscending, type Model } from './model.js';
import { strongestInteractionFindings, type InteractionFindingKind } from './interaction-findings.js';

export function findSynergies(model: Model): { synergies: Finding[]; unitSynergy: UnitSynergyMatrix } {
	const n = model.units.length;
	const T = TARGET_COUNT;
	const { cellPositive } = model;
	// Each unit's positively contributed targets as a bit set (169 targets in six 32-bit words), so a pair's
	// shared targets are the set bits of two sets ANDed: found in SDG order, each pair's list made once at its size.
	const W = (T + 31) >>> 5;
	const bits = new Uint32Array(n * W);
	for (let u = 0; u < n; u++) for (let t = 0; t < T; t++) if (cellPositive[u * T + t]! > 0) bits[u * W + (t >>> 5)]! |= 1 << (t & 31);
	const weight: number[][] = Array.from({ length: n }, () => new Array<number>(n));
	const targets: string[][][] = Array.from({ length: n }, () => new Array<string[]>(n));
	const sum = new Float64Array(1);
	for (let i = 0; i < n; i++) {
		weight[i]![i] = 0;
		targets[i]![i] = [];
		for (let j = i + 1; j < n; j++) {
			const codes = sharedTargets(bits, W, cellPositive, i, j, sum);
			weight[i]![j] = weight[j]![i] = sum[0]!;
			targets[i]![j] = targets[j]![i] = codes;
		}
	}

	const synergies: Finding[] = [];
	// Each unit's positive contributions in id order: a pair's evidence is unit i's on targets j also
	// contributes to, merged with unit j's on targets i contributes to — two ascending lists, no sort.
	const unitKey = new Int32Array(model.contributions.length);
	for (let c = 0; c < unitKey.length; c++) unitKey[c] = model.cPositive[c] ? model.cUnit[c]! : -1;
	const positiveByUnit = groupPositions(unitKey, n);
	const mine = new Int32Array(model.contributions.length);
	const theirs = new Int32Array(model.contributions.length);
	for (const pair of strongestPairs(model, weight)) {
		const i = Math.floor(pair / n);
		const j = pair % n;
		const pairTargets = targets[i]![j]!;
		const m = onTargetsOf(model, listOf(positiveByUnit, i), bits, W, j, mine);
		const t = onTargetsOf(model, listOf(positiveByUnit, j), bits, W, i, theirs);
		const contributions = mergeAscending(mine.subarray(0, m), theirs.subarray(0, t));
		const [first, second] = [model.units[i]!, model.units[j]!].sort((a, b) => compareIds(a.id, b.id));
		synergies.push(
			finding({
				key: `synergy:shared:${first!.id}:${second!.id}`,
				kind: 'synergy',
				type: 'sharedTargets',
				weight: weight[i]![j]!,
				unitIds: [first!.id, second!.id],
				targetCodes: pairTargets,
				evidence: evidenceAt(model, null, contributions),
				message: { key: 'finding.synergy.shared', params: { unitA: first!.name, unitB: second!.name, targets: [...pairTargets] } }
			})
		);
	}

	synergies.push(...strongestInteractionFindings(model, REINFORCING));

	return { synergies, unitSynergy: { unitIds: model.units.map((u) => u.id), weight, targets } };
}

/** The contributions of a list whose target is in unit u's bit set, written to `out` in the list's order; returns how many. */
function onTargetsOf(model: Model, list: Int32Array, bits: Uint32Array, W: number, u: number, out: Int32Array): number {
	let n = 0;
	for (let k = 0; k < list.length; k++) {
		const t = model.cTarget[list[k]!]!;
		if (bits[u * W + (t >>> 5)]! & (1 << (t & 31))) out[n++] = list[k]!;
	}
	return n;
}

/** Made once: a function made per analysis would be dropped from optimised code at every full collection. */
const REINFORCING: InteractionFindingKind = {
	kind: 'synergy',
	type: 'reinforcingPair',
	keyPrefix: 'synergy:interaction',
	messageKey: 'finding.synergy.interaction',
	weightOf: (c) => (c.score >= 2 ? c.score : 0)
};

/** How many of each unit's strongest partners become sharedTargets findings (the matrix keeps every pair). */
export const SHARED_PARTNERS = 3;

/**
 * The pairs (i < j, as i × n + j) worth a finding: for every unit, its SHARED_PARTNERS partners with the most
 * shared weight (ties by unit id). A council reads tens of these, not the thousands a large organisation has.
 */
function strongestPairs(model: Model, weight: readonly (readonly number[])[]): Set<number> {
	const n = model.units.length;
	const out = new Set<number>();
	const best = new Int32Array(SHARED_PARTNERS);
	for (let i = 0; i < n; i++) {
		const row = weight[i]!;
		// The strongest partners kept in order in `best`, each candidate moved up past the weaker ones: one pass
		// over the row instead of sorting all of it for three.
		let kept = 0;
		for (let j = 0; j < n; j++) {
			if (j === i || !(row[j]! > 0)) continue;
			let p = kept;
			while (p > 0 && stronger(row, model.unitIdRank, j, best[p - 1]!)) {
				if (p < SHARED_PARTNERS) best[p] = best[p - 1]!;
				p--;
			}
			if (p < SHARED_PARTNERS) {
				best[p] = j;
				if (kept < SHARED_PARTNERS) kept++;
			}
		}
		for (let k = 0; k < kept; k++) out.add(Math.min(i, best[k]!) * n + Math.max(i, best[k]!));
	}
	return out;
}

/** Partner a before partner b in a unit's row: more shared weight, then the lower unit id. */
const stronger = (row: readonly number[], idRank: Int32Array, a: number, b: number): boolean =>
	row[a]! > row[b]! || (row[a] === row[b] && idRank[a]! < idRank[b]!);

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// The pair's work lives in small functions called thousands of times per analysis: as one loop nest inside a
// function called once, V8 ran it on-stack-replaced and fell back to the interpreter at every exit of the inner loop.

/**
 * The targets both units i and j contribute to, SDG order (the set bits of their ANDed sets); their shared
 * weight, Σ of the smaller of the two cells' positive sums, goes to sum[0].
 */
function sharedTargets(bits: Uint32Array, W: number, cellPositive: Int32Array, i: number, j: number, sum: Float64Array): string[] {
	let count = 0;
	for (let w = 0; w < W; w++) count += popcount(bits[i * W + w]! & bits[j * W + w]!);
	const codes = new Array<string>(count);
	let k = 0;
	let shared = 0;
	for (let w = 0; w < W; w++) {
		let word = bits[i * W + w]! & bits[j * W + w]!;
		while (word !== 0) {
			const t = (w << 5) + 31 - Math.clz32(word & -word);
			word &= word - 1;
			const wi = cellPositive[i * TARGET_COUNT + t]!;
			const wj = cellPositive[j * TARGET_COUNT + t]!;
			shared += wi < wj ? wi : wj;
			codes[k++] = TARGET_CODES[t]!;
		}
	}
	sum[0] = shared;
	return codes;
}

/** The number of set bits of a 32-bit word. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

