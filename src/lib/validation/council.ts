// The council's items: their kinds and statuses with the labels shown for them, and the forms and filters
// of the item list and an item's page (open from a finding, status, recommendation, comment).
import { z } from 'zod';
import { text } from './form.js';

export const councilKinds = ['synergi', 'målkonflikt', 'lucka'] as const;
export type CouncilKind = (typeof councilKinds)[number];

export const councilStatuses = ['ny', 'under_beredning', 'hanterad'] as const;
export type CouncilStatus = (typeof councilStatuses)[number];

/** i18n keys of the kinds and statuses, written out so the catalogue test sees them used. */
export const councilKindLabelKeys = {
	synergi: 'council.kind.synergi',
	målkonflikt: 'council.kind.malkonflikt',
	lucka: 'council.kind.lucka'
} as const satisfies Record<CouncilKind, string>;

export const councilStatusLabelKeys = {
	ny: 'council.status.ny',
	under_beredning: 'council.status.under_beredning',
	hanterad: 'council.status.hanterad'
} as const satisfies Record<CouncilStatus, string>;

export function isCouncilStatus(value: unknown): value is CouncilStatus {
	return typeof value === 'string' && (councilStatuses as readonly string[]).includes(value);
}

export function isCouncilKind(value: unknown): value is CouncilKind {
	return typeof value === 'string' && (councilKinds as readonly string[]).includes(value);
}

/** The version of the item that the form showed. */
const version = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(1, { error: 'form.invalid' }).max(2_147_483_647, { error: 'form.invalid' });

/** A finding's key as the analysis writes it (e.g. `conflict:activity:<activity id>`). */
export const openItemSchema = z.object({
	findingKey: z.string({ error: 'form.invalid' }).trim().min(1, { error: 'form.invalid' }).max(500, { error: 'form.invalid' })
});

export const itemStatusSchema = z.object({ status: z.enum(councilStatuses, { error: 'council.error.status' }), version: version() });

export const recommendationSchema = z.object({
	recommendation: z.string({ error: 'form.invalid' }).trim().max(4000, { error: 'form.tooLong' }),
	version: version()
});

export const commentSchema = z.object({ text: text(4000) });

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The list's filter from the address (GET form); anything unknown means "all". */
export function itemFilterOf(params: URLSearchParams): { status?: CouncilStatus; kind?: CouncilKind } {
	const status = params.get('status');
	const kind = params.get('kind');
	return { ...(isCouncilStatus(status) ? { status } : {}), ...(isCouncilKind(kind) ? { kind } : {}) };
}
