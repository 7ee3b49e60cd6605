// The interaction network's forms: one's own score of a pair, the group's agreed score, importing a matrix
// and copying the last cycle's scores; and the pair in an address ("6.3_6.4": row target, column target).
import { z } from 'zod';
import { isTargetCode } from '#lib/domain/sdg-codes.js';
import { SCORE_MAX, SCORE_MIN, type InteractionScore } from '#lib/analysis/interactions/types.js';
import { target } from '#lib/sdg/catalogue.js';
import type { MessageKey } from '#lib/i18n/index.js';

/** The two targets of a pair in an address, or null when it is not two different targets of the catalogue. */
export function parsePair(value: string): { from: string; to: string } | null {
	const m = /^([^_]+)_([^_]+)$/.exec(value);
	if (!m) return null;
	const [, from, to] = m as unknown as [string, string, string];
	if (from === to || !isTargetCode(from) || !isTargetCode(to) || !target(from) || !target(to)) return null;
	return { from, to };
}

export const pairParam = (from: string, to: string) => `${from}_${to}`;

const score = z
	.string({ error: 'interactions.error.score' })
	.trim()
	.regex(/^[+-]?\d$/, { error: 'interactions.error.score' })
	.transform((v) => Number(v) + 0)
	.refine((v) => v >= SCORE_MIN && v <= SCORE_MAX, { error: 'interactions.error.score' })
	.transform((v) => v as InteractionScore);

const reason = z
	.string({ error: 'interactions.error.reason' })
	.trim()
	.min(1, { error: 'interactions.error.reason' })
	.max(2000, { error: 'form.tooLong' });

export const scoreSchema = z.object({ score, reason });

export const settleSchema = z.object({
	score,
	reason,
	/** The version the form showed; 0 when nothing was agreed yet. */
	version: z.coerce.number({ error: 'form.invalid' }).int().min(0).default(0)
});

export const importSchema = z.object({ mode: z.enum(['replace', 'merge'], { error: 'interactions.error.mode' }) });

export const copySchema = z.object({ fromCycleId: z.uuid({ error: 'interactions.error.fromCycle' }) });

/** Each score's name on the 7-point scale (+3 odelbar … −3 upphävande), for pages and stored-value notices. */
export const scoreLabelKeys = {
	'3': 'interactions.score.p3',
	'2': 'interactions.score.p2',
	'1': 'interactions.score.p1',
	'0': 'interactions.score.0',
	'-1': 'interactions.score.m1',
	'-2': 'interactions.score.m2',
	'-3': 'interactions.score.m3'
} as const satisfies Record<`${InteractionScore}`, MessageKey>;
