// Tenant isolation of the analysis, table-driven: a member of organisation A reaches nothing of
// organisation B's analysis — B's ids answer 404 whether passed as B's organisation or smuggled in under
// A's — A's own analysis holds nothing of B, and within A the roles are held to their capabilities.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Ctx } from '#lib/server/services/actor.js';
import * as analysisService from '#lib/server/services/analysis.service.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../helpers/analysis-fixtures.js';

/** Two organisations, each with two analysed cycles (am, bm: their ids). */
type World = { a: OrganisationFixture; b: OrganisationFixture; am: AnalysisFixture; bm: AnalysisFixture };
interface Row {
	name: string;
	call: (ctx: Ctx, w: World) => Promise<unknown>;
}

const db = await useTestDb();
let w: World;
beforeEach(async () => {
	const a = await makeOrganisation(db, 'Alfa');
	const b = await makeOrganisation(db, 'Beta');
	w = { a, b, am: await makeAnalysis(db, a), bm: await makeAnalysis(db, b) };
});

const grouping = { social: [1, 2, 3, 4, 5, 10, 16, 17], ekologisk: [6, 7, 11, 12, 13, 14, 15, 17], ekonomisk: [8, 9, 17] };

const intoB: Row[] = [
	{ name: 'getAnalysis(B, cycle of B)', call: (c, w) => analysisService.getAnalysis(c, w.b.organisation.id, w.bm.cycleId) },
	{ name: 'getAnalysis(A, cycle of B)', call: (c, w) => analysisService.getAnalysis(c, w.a.organisation.id, w.bm.cycleId) },
	{ name: 'getAnalysis(A, previous cycle of B)', call: (c, w) => analysisService.getAnalysis(c, w.a.organisation.id, w.bm.previousCycleId) },
	{ name: 'getAnalysisInput(B, cycle of B)', call: (c, w) => analysisService.getAnalysisInput(c, w.b.organisation.id, w.bm.cycleId) },
	{ name: 'getAnalysisInput(A, cycle of B)', call: (c, w) => analysisService.getAnalysisInput(c, w.a.organisation.id, w.bm.cycleId) },
	{ name: 'getDimensionGrouping(B)', call: (c, w) => analysisService.getDimensionGrouping(c, w.b.organisation.id) },
	{ name: 'listCouncilCycles(B)', call: (c, w) => analysisService.listCouncilCycles(c, w.b.organisation.id) },
	{ name: 'setDimensionGrouping(B)', call: (c, w) => analysisService.setDimensionGrouping(c, w.b.organisation.id, grouping) },
	{ name: 'setDimensionGrouping(B, back to the default)', call: (c, w) => analysisService.setDimensionGrouping(c, w.b.organisation.id, null) }
];

/** What of organisation B must stay exactly as it was. */
async function snapshotB(w: World) {
	const id = w.b.organisation.id;
	return {
		org: await db.selectFrom('organisation').selectAll().where('id', '=', id).execute(),
		interactions: await db.selectFrom('interaction_agreed').selectAll().where('organisation_id', '=', id).orderBy('from_code').orderBy('to_code').execute(),
		audit: await db.selectFrom('audit_event').select(['id', 'action']).where('organisation_id', '=', id).orderBy('id').execute()
	};
}

describe('analysis isolation: a samordnare of A using the ids of B', () => {
	it.each(intoB)('$name → 404, and B is unchanged', async ({ call }) => {
		const before = await snapshotB(w);
		const e = await serviceError(() => call(ctxOf(db, w.a.samordnare), w));
		expect(e.status).toBe(404);
		expect(await snapshotB(w)).toEqual(before);
	});

	it('malformed organisation and cycle ids are 404 too, never a database error', async () => {
		const c = ctxOf(db, w.a.samordnare);
		for (const call of [
			() => analysisService.getAnalysis(c, 'not-a-uuid', w.am.cycleId),
			() => analysisService.getAnalysis(c, w.a.organisation.id, "1' or '1'='1"),
			() => analysisService.getAnalysisInput(c, w.a.organisation.id, '../' + w.am.cycleId),
			() => analysisService.setDimensionGrouping(c, '', grouping)
		])
			expect((await serviceError(call)).status).toBe(404);
	});

	it("A's analysis and its comparison hold nothing of B", async () => {
		const own = await analysisService.getAnalysis(ctxOf(db, w.a.lasare), w.a.organisation.id, w.am.cycleId);
		const text = JSON.stringify(own);
		for (const id of [w.b.organisation.id, w.bm.cycleId, w.bm.previousCycleId, ...w.bm.relevanceIds, ...w.bm.activityIds, ...w.bm.contributionIds, ...Object.values(w.b.units).map((u) => u.id)])
			expect(text).not.toContain(id);
		expect(own.result.coverage.totals.contributions).toBe(w.am.contributionIds.length);
	});
});

describe('analysis roles within A', () => {
	const view: Row[] = [
		{ name: 'getAnalysis', call: (c, w) => analysisService.getAnalysis(c, w.a.organisation.id, w.am.cycleId) },
		{ name: 'getAnalysisInput', call: (c, w) => analysisService.getAnalysisInput(c, w.a.organisation.id, w.am.cycleId) }
	];
	it.each(view)('$name: a läsare may, a deltagare gets 403', async ({ call }) => {
		await expect(call(ctxOf(db, w.a.lasare), w)).resolves.toBeTruthy();
		expect((await serviceError(() => call(ctxOf(db, w.a.deltagare), w))).status).toBe(403);
	});

	it('setDimensionGrouping: the samordnare may, a läsare, deltagare or processledare gets 403', async () => {
		for (const who of [w.a.lasare, w.a.deltagare, w.a.processledare])
			expect((await serviceError(() => analysisService.setDimensionGrouping(ctxOf(db, who), w.a.organisation.id, grouping))).status).toBe(403);
		await expect(analysisService.setDimensionGrouping(ctxOf(db, w.a.samordnare), w.a.organisation.id, grouping)).resolves.toEqual(grouping);
	});
});
