// The engine's network on the reference matrix (SEI, Weitz et al. 2018), fed in as agreed interactions: the
// same published facts as ../interactions/reference.spec.ts, through analyse(). Read from ../shared, never
// copied; skips (and says so) when absent, fails under CI=true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeiCsv } from '../interactions/csv.js';
import { REFERENCE_MATRIX, referenceAvailable } from '../interactions/fixtures.js';
import type { AnalysisInteraction } from './types.js';
import { analyse } from './index.js';

const available = referenceAvailable();

describe.skipIf(!available)('network of the reference matrix through analyse()', () => {
	const interactions: AnalysisInteraction[] = [];
	if (available) {
		const parsed = parseSeiCsv(readFileSync(REFERENCE_MATRIX, 'utf8'));
		if (!parsed.ok) throw new Error('reference matrix did not parse');
		const { codes, cells } = parsed.matrix;
		cells.forEach((row, i) =>
			row.forEach((score, j) => {
				if (score !== null) interactions.push({ from: codes[i]!, to: codes[j]!, score, id: `${codes[i]}>${codes[j]}` });
			})
		);
	}
	const result = analyse({ units: [], relevance: [], activities: [], contributions: [], interactions });
	const byRank = (key: 'rankOutSum' | 'rankSecondOrder') => [...result.network.metrics].sort((a, b) => a[key] - b[key]);

	it('34 targets in SDG order; 16.6 first with 51, 17.11 last with −9; second order 16.6 (516), 12.1 (470)', () => {
		expect(result.network.metrics).toHaveLength(34);
		expect(result.network.metrics.slice(0, 3).map((m) => m.code)).toEqual(['1.3', '1.5', '2.2']);
		const out = byRank('rankOutSum');
		expect([out[0]!.code, out[0]!.outSum]).toEqual(['16.6', 51]);
		expect([out.at(-1)!.code, out.at(-1)!.outSum]).toEqual(['17.11', -9]);
		expect(
			byRank('rankSecondOrder')
				.slice(0, 2)
				.map((m) => [m.code, m.secondOrder])
		).toEqual([
			['16.6', 516],
			['12.1', 470]
		]);
	});

	it('has an edge for every non-zero cell, and the goal matrix counts every scored cell', () => {
		expect(result.network.edges).toHaveLength(interactions.filter((i) => i.score !== 0).length);
		expect(result.network.goalMatrix.cells.flat().reduce((s, c) => s + c.count, 0)).toBe(1122);
		// Nothing is prioritised without a mapping, so the scores alone make no findings.
		expect([...result.synergies, ...result.conflicts]).toEqual([]);
	});
});
