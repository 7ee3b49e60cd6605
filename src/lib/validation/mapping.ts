// Forms of the kartläggning: cycles, grunduppdrag, relevance, activities and contributions, the challenges
// board and steering documents. Messages are i18n keys; target codes are checked against the catalogue.
import { z } from 'zod';
import {
	challengeKinds,
	cycleStatuses,
	dimensions,
	directions,
	directnesses,
	documentTypes,
	indicatorErrorKeys,
	indicatorKinds,
	isRelevanceCode,
	isWebLink,
	relevanceLevels,
	splitTargetCodes,
	type RelevanceKind
} from '#lib/domain/mapping.js';
import { indicatorProblem, isKnownTarget } from '#lib/sdg/checks.js';
import { optionalText, text } from './form.js';
import { id } from './unit.js';

/** The version of an agreed value that the form showed (0: there was none). */
const version = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(0, { error: 'form.invalid' }).max(2_147_483_647, { error: 'form.invalid' });

export const createCycleSchema = z
	.object({
		name: text(100),
		year: z.coerce.number({ error: 'mapping.error.year' }).int({ error: 'mapping.error.year' }).min(2000, { error: 'mapping.error.year' }).max(2100, { error: 'mapping.error.year' }),
		start: z.enum(['empty', 'copy'], { error: 'mapping.error.start' })
	})
	.transform(({ start, ...rest }) => ({ ...rest, copy: start === 'copy' }));

export const cycleStatusSchema = z.object({ cycleId: id(), status: z.enum(cycleStatuses, { error: 'form.invalid' }) });

export const grunduppdragSchema = z.object({ text: text(4000), version: version() });

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * One form with a radio group per goal (or per target of one goal): fields `level-<code>`,
 * `motivation-<code>` and `version-<code>`, the codes taken from the version fields.
 */
export function relevanceSchema(kind: RelevanceKind) {
	return z.record(z.string(), z.unknown()).transform((raw: Raw, ctx) => {
		const codes = Object.keys(raw)
			.filter((k) => k.startsWith('version-'))
			.map((k) => k.slice('version-'.length));
		if (!codes.length || codes.length > 169) ctx.addIssue({ code: 'custom', message: 'form.invalid', path: ['_form'] });
		const edits = [];
		for (const code of codes) {
			if (!isRelevanceCode(kind, code) || (kind === 'target' && !isKnownTarget(code))) {
				ctx.addIssue({ code: 'custom', message: 'mapping.error.code', path: ['_form'] });
				continue;
			}
			const level = str(raw[`level-${code}`]) || null;
			if (level !== null && !(relevanceLevels as readonly string[]).includes(level))
				ctx.addIssue({ code: 'custom', message: 'mapping.error.level', path: [`level-${code}`] });
			const motivation = optionalText(2000).safeParse(str(raw[`motivation-${code}`]));
			if (!motivation.success) ctx.addIssue({ code: 'custom', message: 'form.tooLong', path: [`motivation-${code}`] });
			const v = version().safeParse(raw[`version-${code}`]);
			if (!v.success) ctx.addIssue({ code: 'custom', message: 'form.invalid', path: ['_form'] });
			edits.push({
				kind,
				code,
				level: level as (typeof relevanceLevels)[number] | null,
				motivation: motivation.success ? motivation.data : null,
				version: v.success ? v.data : 0
			});
		}
		return edits;
	});
}

const activityFields = { name: text(200), description: optionalText(2000), owner: optionalText(200) };
export const createActivitySchema = z.object(activityFields);
export const updateActivitySchema = z.object({ activityId: id(), version: version(), ...activityFields });
export const deleteActivitySchema = z.object({ activityId: id() });

/** A target typed as its code, or picked from the list as "6.3 …": the leading code counts. */
const targetCode = () =>
	z
		.string({ error: 'form.required' })
		.trim()
		.min(1, { error: 'form.required' })
		.transform((v) => v.split(/\s+/)[0]!)
		.refine(isKnownTarget, { error: 'mapping.error.target' });

const contributionFields = {
	targetCode: targetCode(),
	direction: z.enum(directions, { error: 'mapping.error.direction' }),
	strength: z.coerce.number({ error: 'mapping.error.strength' }).pipe(z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'mapping.error.strength' })),
	directness: z.enum(directnesses, { error: 'mapping.error.directness' }),
	motivation: optionalText(2000),
	indicatorKind: z
		.enum(['', ...indicatorKinds], { error: 'mapping.error.indicatorKind' })
		.optional()
		.transform((v) => v || null),
	indicatorRef: optionalText(200)
};

type ContributionForm = z.infer<z.ZodObject<typeof contributionFields>>;
function withIndicator<T extends ContributionForm>(v: T, ctx: z.RefinementCtx) {
	const { indicatorKind, indicatorRef, ...rest } = v;
	if (indicatorKind && !indicatorRef) ctx.addIssue({ code: 'custom', message: indicatorErrorKeys[indicatorKind], path: ['indicatorRef'] });
	if (!indicatorKind && indicatorRef) ctx.addIssue({ code: 'custom', message: 'mapping.error.indicatorKind', path: ['indicatorKind'] });
	const indicator = indicatorKind && indicatorRef ? { kind: indicatorKind, ref: indicatorRef } : null;
	const problem = indicatorProblem(indicator);
	if (problem) ctx.addIssue({ code: 'custom', message: indicatorErrorKeys[problem], path: ['indicatorRef'] });
	return { ...rest, indicator };
}

export const createContributionSchema = z.object({ activityId: id(), ...contributionFields }).transform(withIndicator);
export const updateContributionSchema = z.object({ contributionId: id(), version: version(), ...contributionFields }).transform(withIndicator);
export const deleteContributionSchema = z.object({ contributionId: id() });

/** Target codes typed as a list ("11.6, 12.5"); empty is none. */
const targetCodes = () =>
	z
		.string()
		.optional()
		.transform((v) => splitTargetCodes(v ?? ''))
		.refine((codes) => codes.length <= 50 && codes.every(isKnownTarget), { error: 'mapping.error.targets' });

const challengeFields = {
	dimension: z.enum(dimensions, { error: 'mapping.error.dimension' }),
	kind: z.enum(challengeKinds, { error: 'mapping.error.challengeKind' }),
	text: text(1000),
	targetCodes: targetCodes()
};
export const createChallengeSchema = z.object(challengeFields);
export const updateChallengeSchema = z.object({ challengeId: id(), version: version(), ...challengeFields });
export const deleteChallengeSchema = z.object({ challengeId: id() });

const documentFields = {
	name: text(300),
	type: z.enum(documentTypes, { error: 'mapping.error.documentType' }),
	url: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || null)
		.refine((v) => v === null || isWebLink(v), { error: 'mapping.error.url' }),
	targetCodes: targetCodes()
};
export const createDocumentSchema = z.object(documentFields);
export const updateDocumentSchema = z.object({ documentId: id(), version: version(), ...documentFields });
export const deleteDocumentSchema = z.object({ documentId: id() });
