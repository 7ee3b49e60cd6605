import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../../../../tests/helpers/analysis-fixtures.js';
import { upsertMembership } from '../repositories/membership.repository.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import { getAnalysis, getAnalysisInput, getDimensionGrouping, setDimensionGrouping } from './analysis.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let am: AnalysisFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	am = await makeAnalysis(db, a);
});

const org = () => a.organisation.id;
const own = { social: [1, 2, 3, 4, 5, 10, 16, 17], ekologisk: [6, 7, 11, 12, 13, 14, 15, 17], ekonomisk: [8, 9, 17] };

describe('getAnalysis', () => {
	it("analyses the cycle's agreed mapping: coverage per unit, goal and target", async () => {
		const { cycle, result, units, activities } = await getAnalysis(ctxOf(db, a.lasare), org(), am.cycleId);
		expect(cycle.name).toBe('Kartläggning 2026');
		expect(units.map((u) => u.name)).toEqual(['Kommunstyrelsen', 'Kommunledningsförvaltningen', 'Ekonomi', 'Socialnämnden']);
		expect(activities.map((x) => x.name).sort()).toEqual(['Cykelplan', 'Hemtjänst']);
		const { totals, targets, unitGoals } = result.coverage;
		// Relevant (medel/hög): 11.6, 11.2, 3.4; with a positive contribution: 11.2, 11.6, 3.8.
		expect(totals).toEqual({ units: 4, activities: 2, contributions: 4, relevantTargets: 3, coveredTargets: 3 });
		const t = (code: string) => targets.find((x) => x.code === code)!;
		expect(t('11.2')).toMatchObject({ unitsRelevant: 1, unitsPrioritised: 0, positive: 3, negative: 1, contributions: 2, indicators: 1 });
		expect(t('11.6')).toMatchObject({ unitsRelevant: 1, unitsPrioritised: 1, positive: 2, negative: 0 });
		expect(t('3.8')).toMatchObject({ unitsRelevant: 0, positive: 2 });
		expect(t('3.8').levels.låg).toBe(1);
		const ks11 = unitGoals.find((c) => c.unitId === a.units.ks.id && c.goal === 11)!;
		expect(ks11).toMatchObject({ relevance: 'hög', relevantTargets: 2, positive: 5, negative: 0, contributions: 2 });
		expect(ks11.evidence.contributions).toEqual([...am.contributionIds.slice(0, 2)].sort());
		expect(result.network.edges.map((e) => e.id).sort()).toEqual(['11.2>11.6', '11.6>3.4']);
		// 3.4 is rated medel by Socialnämnden and nothing contributes to it.
		expect(result.gaps.some((g) => g.type === 'relevantWithoutContribution' && g.targetCodes.includes('3.4'))).toBe(true);
	});

	it('lists the cycles newest first and compares with the cycle before; the first cycle has none before it', async () => {
		const { cycles, previous } = await getAnalysis(ctxOf(db, a.samordnare), org(), am.cycleId);
		expect(cycles.map((c) => c.name)).toEqual(['Kartläggning 2026', 'Kartläggning 2025']);
		expect(previous?.cycle.id).toBe(am.previousCycleId);
		expect(previous?.comparison.totals).toMatchObject({ contributionsBefore: 1, contributionsAfter: 4, coveredTargetsBefore: 1, coveredTargetsAfter: 3 });
		const goal11 = previous?.comparison.goals.find((g) => g.goal === 11);
		expect(goal11).toMatchObject({ positiveBefore: 1, positiveAfter: 5 });
		const first = await getAnalysis(ctxOf(db, a.samordnare), org(), am.previousCycleId);
		expect(first.previous).toBeNull();
		expect(first.result.coverage.totals.contributions).toBe(1);
	});

	it('uses the organisation’s own dimension grouping once set', async () => {
		const before = await getAnalysis(ctxOf(db, a.lasare), org(), am.cycleId);
		expect(before.result.coverage.dimensions.find((d) => d.dimension === 'ekonomisk')?.goals).not.toEqual(own.ekonomisk);
		await setDimensionGrouping(ctxOf(db, a.samordnare), org(), own);
		const after = await getAnalysis(ctxOf(db, a.lasare), org(), am.cycleId);
		expect(after.result.coverage.dimensions.map((d) => [d.dimension, d.goals])).toEqual([
			['social', own.social],
			['ekologisk', own.ekologisk],
			['ekonomisk', own.ekonomisk]
		]);
	});

	it('is for council.view: läsare, rådsledamot, processledare and samordnare see it, a deltagare gets 403', async () => {
		const radsledamot = await makeUser(db, 'radsledamot@alfa.example.se');
		await upsertMembership(db, org(), radsledamot.id, 'rådsledamot');
		for (const who of [a.lasare, radsledamot, a.processledare, a.samordnare]) {
			expect((await getAnalysis(ctxOf(db, who), org(), am.cycleId)).result.coverage.totals.contributions).toBe(4);
			expect((await getAnalysisInput(ctxOf(db, who), org(), am.cycleId)).input.contributions).toHaveLength(4);
		}
		expect((await serviceError(() => getAnalysis(ctxOf(db, a.deltagare), org(), am.cycleId))).status).toBe(403);
		expect((await serviceError(() => getAnalysisInput(ctxOf(db, a.deltagare), org(), am.cycleId))).status).toBe(403);
		expect((await serviceError(() => getAnalysis(ctxOf(db, null), org(), am.cycleId))).status).toBe(401);
	});

	it('answers 404 for an unknown or malformed cycle id', async () => {
		for (const id of [crypto.randomUUID(), 'x', "1' or '1'='1", ''])
			expect((await serviceError(() => getAnalysis(ctxOf(db, a.samordnare), org(), id))).status).toBe(404);
		expect((await serviceError(() => getAnalysisInput(ctxOf(db, a.samordnare), org(), crypto.randomUUID()))).status).toBe(404);
	});
});

describe('dimension grouping', () => {
	it('is set by the samordnare (audited), read back, and reset to the default with null', async () => {
		expect(await getDimensionGrouping(ctxOf(db, a.lasare), org())).toBeNull();
		await setDimensionGrouping(ctxOf(db, a.samordnare), org(), own);
		expect(await getDimensionGrouping(ctxOf(db, a.lasare), org())).toEqual(own);
		const events = await listAuditEvents(db, org());
		expect(events.map((e) => e.action)).toContain('dimensions.set');
		await setDimensionGrouping(ctxOf(db, a.samordnare), org(), null);
		expect(await getDimensionGrouping(ctxOf(db, a.lasare), org())).toBeNull();
	});

	it('refuses a grouping that leaves a goal out or is not numbers 1–17, and anyone without org.manage', async () => {
		const missing = await serviceError(() => setDimensionGrouping(ctxOf(db, a.samordnare), org(), { ...own, ekonomisk: [17] }));
		expect([missing.status, missing.messageKey]).toEqual([400, 'dimensions.error.missing']);
		const strings = await serviceError(() => setDimensionGrouping(ctxOf(db, a.samordnare), org(), { ...own, social: ['1'] }));
		expect([strings.status, strings.messageKey]).toEqual([400, 'dimensions.error.goal']);
		const shape = await serviceError(() => setDimensionGrouping(ctxOf(db, a.samordnare), org(), 'social'));
		expect([shape.status, shape.messageKey]).toEqual([400, 'dimensions.error.shape']);
		for (const who of [a.lasare, a.processledare, a.deltagare])
			expect((await serviceError(() => setDimensionGrouping(ctxOf(db, who), org(), own))).status).toBe(403);
		expect(await getDimensionGrouping(ctxOf(db, a.lasare), org())).toBeNull();
	});
});
