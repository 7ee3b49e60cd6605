// A participant's inputs in the steps after the ratings, as flat fields: the same fields come from a plain
// form (JavaScript off) and from the page's script through the outbox, and parse to one input each.
import { z } from 'zod';
import { challengeKinds, contributionSubject, dimensions, directions, directnesses, documentTypes, isWebLink, splitTargetCodes } from '#lib/domain/mapping.js';
import { proposalSources, suggestionDecisions, type StepNoteKind, type StepNoteValue } from '#lib/domain/workshop.js';
import { isKnownTarget } from '#lib/sdg/checks.js';
import { optionalText, text, type FieldErrors } from './form.js';
import { id } from './unit.js';

const bad = { error: 'form.invalid' } as const;
const target = () => z.string(bad).trim().refine(isKnownTarget, { error: 'mapping.error.target' });
const optionalTarget = () =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || isKnownTarget(v), { error: 'mapping.error.target' });
const targetList = () =>
	z
		.string()
		.optional()
		.transform((v) => splitTargetCodes(v ?? ''))
		.refine((codes) => codes.length <= 50 && codes.every(isKnownTarget), { error: 'mapping.error.targets' });

const base = { id: id(), unitId: z.uuid(bad).optional() };

const contribution = z.object({
	...base,
	kind: z.literal('contribution'),
	activityId: id(),
	targetCode: target(),
	decision: z.enum(suggestionDecisions, bad).default('accepted'),
	direction: z.enum(directions, bad).default('bidrar'),
	strength: z.coerce.number(bad).int(bad).min(1, bad).max(3, bad).default(2),
	directness: z.enum(directnesses, bad).default('direkt'),
	motivation: optionalText(300),
	source: z.enum(proposalSources, bad).default('search'),
	rank: z.coerce.number(bad).int(bad).min(1, bad).max(10, bad).optional(),
	score: z.coerce.number(bad).min(0, bad).max(1, bad).optional(),
	lang: z.enum(['sv', 'en'], bad).default('sv')
});

const activity = z.object({ ...base, kind: z.literal('activity'), name: text(200), description: optionalText(1000) });

const challenge = z.object({
	...base,
	kind: z.literal('challenge'),
	dimension: z.enum(dimensions, bad),
	challengeKind: z.enum(challengeKinds, bad),
	text: text(280),
	targetCode: optionalTarget()
});

const document = z.object({
	...base,
	kind: z.literal('document'),
	documentId: z.uuid(bad).optional().or(z.literal('').transform(() => undefined)),
	name: z.string().trim().max(200, { error: 'form.tooLong' }).optional(),
	type: z.enum(documentTypes, bad).optional(),
	url: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || isWebLink(v), { error: 'mapping.error.url' }),
	targetCodes: targetList()
});

export const stepInputSchema = z.discriminatedUnion('kind', [contribution, activity, challenge, document], bad);

export interface StepInput {
	id: string;
	kind: StepNoteKind;
	subject: string;
	unitId?: string;
	value: StepNoteValue;
}

/** Parses the flat fields of one input; field errors as i18n keys, like every form. */
export function stepInputFromFields(fields: Record<string, unknown>): { ok: true; data: StepInput } | { ok: false; errors: FieldErrors } {
	const r = stepInputSchema.safeParse(fields);
	if (!r.success) {
		const errors: FieldErrors = {};
		for (const issue of r.error.issues) {
			const field = String(issue.path[0] ?? '_form');
			errors[field] ??= (/^[a-z][\w]*(\.[\w]+)+$/i.test(issue.message) ? issue.message : 'form.invalid') as FieldErrors[string];
		}
		return { ok: false, errors };
	}
	const d = r.data;
	const common = { id: d.id, unitId: d.unitId };
	switch (d.kind) {
		case 'contribution': {
			const { decision, direction, strength, directness, motivation, source, rank, score, lang } = d;
			const fromChip = source === 'suggestion' && rank !== undefined && score !== undefined;
			return {
				ok: true,
				data: {
					...common,
					kind: d.kind,
					subject: contributionSubject(d.activityId, d.targetCode),
					value: { decision, direction, strength: strength as 1 | 2 | 3, directness, motivation, source, ...(fromChip && { rank, score, lang }) }
				}
			};
		}
		case 'activity':
			return { ok: true, data: { ...common, kind: d.kind, subject: d.id, value: { name: d.name, description: d.description } } };
		case 'challenge':
			return {
				ok: true,
				data: { ...common, kind: d.kind, subject: `${d.dimension}:${d.id}`, value: { kind: d.challengeKind, text: d.text, targetCode: d.targetCode } }
			};
		case 'document': {
			if (!d.documentId && (!d.name || !d.type)) return { ok: false, errors: d.name ? { type: 'form.invalid' } : { name: 'form.required' } };
			const value = { name: d.name ?? '', type: d.type ?? 'policy', url: d.url, targetCodes: d.targetCodes, existing: !!d.documentId };
			return { ok: true, data: { ...common, kind: d.kind, subject: d.documentId ?? d.id, value } };
		}
	}
}
