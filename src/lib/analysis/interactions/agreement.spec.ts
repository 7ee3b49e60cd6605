// Several scorers per cell: agreement and spread, the score that counts, and the matrix it makes.
import { describe, expect, it } from 'vitest';
import { agreedScore, cellAgreement, matrixFromScoredCells } from './agreement.js';
import { targetMetrics } from './metrics.js';
import type { ScorerScore } from './types.js';

const s = (scorer: string, score: ScorerScore['score'], reason = ''): ScorerScore => ({ scorer, score, reason });

describe('cellAgreement', () => {
	it('summarises one cell: count, min, max, mean, spread', () => {
		expect(cellAgreement([s('anna', 2, 'Cykelvägar ger mindre utsläpp'), s('bo', 3), s('cia', 1)])).toEqual({
			count: 3,
			min: 1,
			max: 3,
			mean: 2,
			spread: 2,
			unanimous: false,
			signDisagreement: false
		});
		expect(cellAgreement([s('anna', 1), s('bo', 2)]).mean).toBe(1.5);
	});

	it('flags scorers who disagree in sign (one sees a synergy, another a trade-off)', () => {
		const a = cellAgreement([s('anna', 2), s('bo', -1)]);
		expect(a).toMatchObject({ min: -1, max: 2, spread: 3, signDisagreement: true, unanimous: false });
		// 0 and a negative score differ, but not in sign
		expect(cellAgreement([s('anna', 0), s('bo', -2)]).signDisagreement).toBe(false);
		expect(cellAgreement([s('anna', 0), s('bo', 3)]).signDisagreement).toBe(false);
	});

	it('calls one scorer or equal scores unanimous, and nobody nothing', () => {
		expect(cellAgreement([s('anna', -3)])).toMatchObject({ count: 1, min: -3, max: -3, mean: -3, spread: 0, unanimous: true });
		expect(cellAgreement([s('anna', 1), s('bo', 1)]).unanimous).toBe(true);
		expect(cellAgreement([])).toEqual({
			count: 0,
			min: null,
			max: null,
			mean: null,
			spread: 0,
			unanimous: false,
			signDisagreement: false
		});
	});
});

describe('agreedScore', () => {
	it('uses the settled score first, even against every scorer', () => {
		expect(agreedScore({ from: '1.3', to: '1.5', scores: [s('anna', 3), s('bo', 3)], agreed: { score: 2, reason: 'Gruppen' } })).toBe(2);
	});

	it('uses a unanimous score while nothing is settled, and leaves disagreement unscored', () => {
		expect(agreedScore({ from: '1.3', to: '1.5', scores: [s('anna', -1), s('bo', -1)] })).toBe(-1);
		expect(agreedScore({ from: '1.3', to: '1.5', scores: [s('anna', 1), s('bo', 2)], agreed: null })).toBeNull();
		expect(agreedScore({ from: '1.3', to: '1.5', scores: [] })).toBeNull();
	});
});

describe('matrixFromScoredCells', () => {
	it('places the agreed scores by code, leaving other pairs unscored', () => {
		const matrix = matrixFromScoredCells(
			['1.3', '1.5', '2.2'],
			[
				{ from: '1.3', to: '1.5', scores: [s('anna', 2), s('bo', 2)] },
				{ from: '2.2', to: '1.3', scores: [s('anna', 1), s('bo', -1)], agreed: { score: -1, reason: 'Målkonflikt' } },
				{ from: '1.5', to: '2.2', scores: [s('anna', 1), s('bo', 3)] }
			]
		);
		expect(matrix).toEqual({
			codes: ['1.3', '1.5', '2.2'],
			cells: [
				[null, 2, null],
				[null, null, null],
				[-1, null, null]
			]
		});
		expect(targetMetrics(matrix).map((m) => [m.code, m.outSum, m.inSum])).toEqual([
			['1.3', 2, -1],
			['1.5', 0, 2],
			['2.2', -1, 0]
		]);
	});

	it('throws on a cell outside the codes, on the diagonal, or on duplicate codes', () => {
		expect(() => matrixFromScoredCells(['1.3'], [{ from: '1.3', to: '9.9', scores: [s('a', 1)] }])).toThrow(RangeError);
		expect(() => matrixFromScoredCells(['1.3'], [{ from: '1.3', to: '1.3', scores: [s('a', 1)] }])).toThrow(RangeError);
		expect(() => matrixFromScoredCells(['1.3', '1.3'], [])).toThrow(RangeError);
	});
});
