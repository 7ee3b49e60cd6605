// Publishing the nulägesanalys read-only: the samordnare freezes the report as it stands (saved conclusion
// versions only — no unsaved draft, no participant names, nothing of other cycles) under a random public
// slug; unpublishing takes it away at once. Anyone may read a live publication by its slug.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db/index.js';
import type { ReportModel } from '../reports/model.js';
import * as repo from '../repositories/report.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound } from './errors.js';
import { cycleOf } from './mapping-access.js';
import { getReport } from './report.service.js';

/** The model as published: conclusions only where a version was saved. */
export function publishedModel(model: ReportModel): ReportModel {
	return {
		...model,
		sections: model.sections.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind !== 'conclusion' || b.version !== null) }))
	};
}

export async function publishReport(ctx: Ctx, organisationId: string, cycleId: string) {
	const { actor } = await requireOrg(ctx, organisationId, 'org.manage');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const model = publishedModel(await getReport(ctx, organisationId, cycle.id, 'sv'));
	const versions: Record<string, number> = {};
	for (const s of model.sections) for (const b of s.blocks) if (b.kind === 'conclusion' && b.version !== null) versions[b.scope] = b.version;
	const slug = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
	return repo.insertPublication(ctx.db, { organisationId, cycleId: cycle.id, slug, versions, snapshot: model, userId: actor.userId });
}

export async function listReportPublications(ctx: Ctx, organisationId: string, cycleId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	return repo.listPublications(ctx.db, organisationId, cycle.id);
}

export async function unpublishReport(ctx: Ctx, organisationId: string, cycleId: string, publicationId: string) {
	await requireOrg(ctx, organisationId, 'org.manage');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	if (!/^[0-9a-f-]{36}$/i.test(publicationId) || !(await repo.unpublish(ctx.db, organisationId, cycle.id, publicationId))) throw notFound();
}

/** A live publication's frozen model, for anyone; 404 when unknown or unpublished. */
export async function getPublishedReport(db: Db, slug: string): Promise<ReportModel> {
	const snapshot = /^[a-z2-7]{8,32}$/.test(slug) ? await repo.findPublished(db, slug) : null;
	if (!snapshot) throw notFound();
	return snapshot as ReportModel;
}
