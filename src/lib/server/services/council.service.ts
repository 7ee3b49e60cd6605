// The council's items: a synergy, goal conflict or gap of the analysis that the council takes up and works
// through — status, comments and a recommendation. The council is advisory, so this is a record of advice,
// not of decisions. Status and recommendation edits based on an old version are refused (409) with what is
// stored now; every change is written to the audit trail. Coordinators export the list.
import { analyse, describeFinding } from '#lib/analysis/engine/index.js';
import type { FindingKind } from '#lib/analysis/engine/types.js';
import { can } from '#lib/domain/roles.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import { councilKindLabelKeys, councilStatusLabelKeys, councilStatuses, councilKinds, type CouncilKind, type CouncilStatus, type ExportFormat } from '#lib/validation/council.js';
import { loadAnalysisInput } from '../repositories/analysis.repository.js';
import * as audits from '../repositories/audit.repository.js';
import * as council from '../repositories/council.repository.js';
import { displayNames } from '../repositories/mapping.repository.js';
import { findOrganisation } from '../repositories/organisation.repository.js';
import { isUuid, requireOrg, type OrgAccess } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError } from './conflict.js';
import { toCsv, toXlsx, type Cell, type ExportFile } from './council-export.js';
import { notFound, ServiceError } from './errors.js';
import { cycleOf } from './mapping-access.js';
import type { Db } from '../db/index.js';

/** Which findings become council items, and as what. Strengths are not items. */
const kindOfFinding: Partial<Record<FindingKind, CouncilKind>> = { conflict: 'målkonflikt', synergy: 'synergi', gap: 'lucka' };

function audit(db: Db, access: OrgAccess, cycleId: string, action: string, itemId: string, details: Record<string, unknown>) {
	return audits.insertAuditEvent(db, { organisationId: access.organisationId, actorUserId: access.actor.userId, action, entity: 'council_item', entityId: itemId, cycleId, details });
}

async function itemOf(db: Db, organisationId: string, cycleId: string, itemId: string) {
	const item = isUuid(itemId) ? await council.findItem(db, organisationId, cycleId, itemId) : null;
	if (!item) throw notFound();
	return item;
}

/**
 * The item of a finding in the cycle's current analysis, opened if it has none yet (an existing item is
 * returned even if the finding has changed since). A key the analysis does not give is 404.
 */
export async function openItem(ctx: Ctx, organisationId: string, cycleId: string, findingKey: string): Promise<{ id: string; created: boolean }> {
	const access = await requireOrg(ctx, organisationId, 'council.work');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const existing = await council.findItemByKey(ctx.db, organisationId, cycle.id, findingKey);
	if (existing) return { id: existing.id, created: false };
	const result = analyse(await loadAnalysisInput(ctx.db, organisationId, cycle.id));
	const finding = [...result.conflicts, ...result.synergies, ...result.gaps].find((f) => f.key === findingKey);
	const kind = finding ? kindOfFinding[finding.kind] : undefined;
	if (!finding || !kind) throw notFound();
	const sentence = describeFinding(finding, 'sv');
	const evidence: council.CouncilEvidence = {
		sentence,
		type: finding.type,
		unitIds: [...finding.unitIds],
		targetCodes: [...finding.targetCodes],
		activityIds: [...finding.activityIds],
		evidence: {
			relevance: [...finding.evidence.relevance],
			contributions: [...finding.evidence.contributions],
			activities: [...finding.evidence.activities],
			interactions: [...finding.evidence.interactions]
		}
	};
	return ctx.db.transaction().execute(async (trx) => {
		const id = await council.insertItem(trx, organisationId, cycle.id, { findingKey, kind, title: sentence, evidence }, access.actor.userId);
		if (!id) return { id: (await council.findItemByKey(trx, organisationId, cycle.id, findingKey))!.id, created: false };
		await audit(trx, access, cycle.id, 'council.open', id, { findingKey, kind });
		return { id, created: true };
	});
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export async function listItems(ctx: Ctx, organisationId: string, cycleId: string, filter: council.ItemFilter = {}) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const [items, counts] = await Promise.all([council.listItems(ctx.db, organisationId, cycle.id, filter), council.countItems(ctx.db, organisationId, cycle.id)]);
	const byStatus = zeroes(councilStatuses);
	const byKind = zeroes(councilKinds);
	for (const c of counts) {
		byStatus[c.status] += c.n;
		byKind[c.kind] += c.n;
	}
	const units = await council.unitNames(ctx.db, organisationId, items.flatMap((i) => i.evidence.unitIds));
	return {
		cycle,
		items: items.map((i) => ({
			id: i.id,
			kind: i.kind,
			title: i.title,
			status: i.status,
			comments: i.comments,
			updatedAt: i.updatedAt,
			units: namesOf(units, i.evidence.unitIds),
			targetCodes: i.evidence.targetCodes
		})),
		counts: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus, byKind },
		filter,
		canWork: can(access.role, 'council.work'),
		canExport: can(access.role, 'data.export')
	};
}

function namesOf(known: ReadonlyArray<{ id: string; name: string }>, ids: readonly string[]): string[] {
	const byId = new Map(known.map((u) => [u.id, u.name]));
	return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** One item with its comments, who changed it last, and the units, activities and targets behind it by name. */
export async function getItem(ctx: Ctx, organisationId: string, cycleId: string, itemId: string) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const item = await itemOf(ctx.db, organisationId, cycle.id, itemId);
	const [comments, activities] = await Promise.all([
		council.listComments(ctx.db, organisationId, item.id),
		council.activityNames(ctx.db, organisationId, cycle.id, item.evidence.activityIds)
	]);
	const units = await council.unitNames(ctx.db, organisationId, [...item.evidence.unitIds, ...activities.map((a) => a.unitId)]);
	const unitName = new Map(units.map((u) => [u.id, u.name]));
	const people = await displayNames(ctx.db, organisationId, [item.updatedBy, ...comments.map((c) => c.authorUserId)].filter((x): x is string => !!x));
	const { evidence, createdBy: _c, updatedBy, ...rest } = item;
	return {
		cycle,
		item: { ...rest, sentence: evidence.sentence || item.title, changedBy: updatedBy ? (people[updatedBy] ?? null) : null },
		comments: comments.map((c) => ({ id: c.id, text: c.text, createdAt: c.createdAt, author: c.authorUserId ? (people[c.authorUserId] ?? null) : null })),
		units: item.evidence.unitIds.flatMap((id) => (unitName.has(id) ? [{ id, name: unitName.get(id)! }] : [])),
		activities: activities.map((a) => ({ id: a.id, name: a.name, unitId: a.unitId, unitName: unitName.get(a.unitId) ?? '' })),
		targetCodes: item.evidence.targetCodes,
		canWork: can(access.role, 'council.work')
	};
}

async function conflictOver(db: Db, organisationId: string, cycleId: string, itemId: string, what: 'status' | 'recommendation'): Promise<ConflictError> {
	const now = await itemOf(db, organisationId, cycleId, itemId);
	const names = await displayNames(db, organisationId, now.updatedBy ? [now.updatedBy] : []);
	return new ConflictError(
		[
			{
				subject: { key: what === 'status' ? 'council.conflict.status' : 'council.conflict.recommendation' },
				by: now.updatedBy ? (names[now.updatedBy] ?? null) : null,
				at: now.updatedAt,
				version: now.version,
				fields:
					what === 'status'
						? [{ label: 'council.item.status', value: now.status, valueKey: councilStatusLabelKeys[now.status] }]
						: [{ label: 'council.item.recommendation', value: now.recommendation || null }]
			}
		],
		'council.error.conflict'
	);
}

export async function setStatus(ctx: Ctx, organisationId: string, cycleId: string, itemId: string, input: { status: CouncilStatus; version: number }) {
	const access = await requireOrg(ctx, organisationId, 'council.work');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	return ctx.db.transaction().execute(async (trx) => {
		const before = await itemOf(trx, organisationId, cycle.id, itemId);
		if (before.status === input.status) return { changed: false };
		if (!(await council.updateItem(trx, organisationId, before.id, input.version, { status: input.status }, access.actor.userId)))
			throw await conflictOver(trx, organisationId, cycle.id, before.id, 'status');
		await audit(trx, access, cycle.id, 'council.status', before.id, { before: before.status, after: input.status });
		return { changed: true };
	});
}

export async function setRecommendation(ctx: Ctx, organisationId: string, cycleId: string, itemId: string, input: { recommendation: string; version: number }) {
	const access = await requireOrg(ctx, organisationId, 'council.work');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	return ctx.db.transaction().execute(async (trx) => {
		const before = await itemOf(trx, organisationId, cycle.id, itemId);
		if (before.recommendation === input.recommendation) return { changed: false };
		if (!(await council.updateItem(trx, organisationId, before.id, input.version, { recommendation: input.recommendation }, access.actor.userId)))
			throw await conflictOver(trx, organisationId, cycle.id, before.id, 'recommendation');
		await audit(trx, access, cycle.id, 'council.recommendation', before.id, { before: before.recommendation, after: input.recommendation });
		return { changed: true };
	});
}

export async function addComment(ctx: Ctx, organisationId: string, cycleId: string, itemId: string, input: { text: string }) {
	const access = await requireOrg(ctx, organisationId, 'council.work');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const text = input.text.trim();
	if (!text) throw new ServiceError(400, 'form.required', { field: 'text' });
	if (text.length > 4000) throw new ServiceError(400, 'form.tooLong', { field: 'text' });
	return ctx.db.transaction().execute(async (trx) => {
		const item = await itemOf(trx, organisationId, cycle.id, itemId);
		const id = await council.insertComment(trx, organisationId, item.id, access.actor.userId, text);
		await council.touchItem(trx, organisationId, item.id, access.actor.userId);
		await audit(trx, access, cycle.id, 'council.comment', item.id, { commentId: id, text });
		return { id };
	});
}

/** The cycle's items as CSV (Swedish Excel) or XLSX, named after the organisation and the cycle. */
export async function exportItems(ctx: Ctx, organisationId: string, cycleId: string, format: ExportFormat, locale: Locale = 'sv'): Promise<ExportFile> {
	await requireOrg(ctx, organisationId, 'data.export');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const organisation = (await findOrganisation(ctx.db, organisationId))!;
	const items = await council.listItems(ctx.db, organisationId, cycle.id);
	const units = await council.unitNames(ctx.db, organisationId, items.flatMap((i) => i.evidence.unitIds));
	const t = translator(locale);
	const header = [
		t('council.column.kind'),
		t('council.column.status'),
		t('council.column.title'),
		t('council.column.units'),
		t('council.column.targets'),
		t('council.column.recommendation'),
		t('council.column.comments'),
		t('council.column.updated')
	];
	const rows: Cell[][] = items.map((i) => [
		t(councilKindLabelKeys[i.kind]),
		t(councilStatusLabelKeys[i.status]),
		i.title,
		namesOf(units, i.evidence.unitIds).join(', '),
		i.evidence.targetCodes.join(', '),
		i.recommendation,
		i.comments,
		i.updatedAt
	]);
	const name = `${t('council.export.filename')} – ${organisation.name} – ${cycle.name}.${format}`;
	return format === 'csv'
		? { filename: name, contentType: 'text/csv; charset=utf-8', body: toCsv(header, rows) }
		: { filename: name, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(t('council.export.sheet'), header, rows) };
}
