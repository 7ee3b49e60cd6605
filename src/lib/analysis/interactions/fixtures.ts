// Test helpers for the interaction network: a seeded random matrix, the SEI-layout CSV of a matrix and
// where the reference matrix lives.
// Used by the specs only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { targets } from '#lib/sdg/catalogue.js';
import type { InteractionMatrix, InteractionScore } from './types.js';

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** n distinct catalogue targets in random order, scored at random (about `emptyShare` left unscored). */
export function randomMatrix(random: () => number, n: number, emptyShare = 0.3): InteractionMatrix {
	const pool = targets().map((t) => t.code);
	for (let k = pool.length - 1; k > 0; k--) {
		const m = Math.floor(random() * (k + 1));
		[pool[k], pool[m]] = [pool[m]!, pool[k]!];
	}
	const codes = pool.slice(0, n);
	const cells = codes.map((_, i) =>
		codes.map((_, j) => (i === j || random() < emptyShare ? null : ((Math.floor(random() * 7) - 3) as InteractionScore)))
	);
	return { codes, cells };
}

/** The SEI layout as CSV: header row of codes after a corner cell, then one row per target. */
export function toSeiCsv(
	matrix: InteractionMatrix,
	options: { separator?: ',' | ';'; bom?: boolean; newline?: string; rowOrder?: readonly number[]; corner?: string } = {}
): string {
	const sep = options.separator ?? ',';
	const nl = options.newline ?? '\n';
	const order = options.rowOrder ?? matrix.codes.map((_, i) => i);
	const lines = [
		[options.corner ?? 'influencing\\influenced', ...matrix.codes].join(sep),
		...order.map((i) => [matrix.codes[i]!, ...matrix.cells[i]!.map((a) => (a === null ? '' : String(a)))].join(sep))
	];
	return `${options.bom ? '\uFEFF' : ''}${lines.join(nl)}${nl}`;
}

/** The reference matrix (SEI, Weitz et al. 2018), read from ../shared beside the project, never copied in. */
export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../..', '../shared/data/reference/sweden-weitz-2018');
export const REFERENCE_MATRIX = path.join(REFERENCE_DIR, 'sweden_weitz2018_34targets_matrix.csv');

/**
 * Whether the reference files are there. Locally their tests skip (and say so) when ../shared is absent;
 * under CI=true a missing reference fails the run instead.
 */
export function referenceAvailable(): boolean {
	const exists = existsSync(REFERENCE_MATRIX);
	if (!exists && process.env.CI === 'true') {
		throw new Error(`CI=true: the reference matrix ../shared/data/reference/sweden-weitz-2018 is missing (${REFERENCE_DIR}).`);
	}
	if (!exists) console.warn(`Skipping the tests on the reference matrix: ${REFERENCE_DIR} (../shared/data/reference/sweden-weitz-2018) is absent.`);
	return exists;
}
