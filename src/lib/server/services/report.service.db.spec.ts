import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../../../../tests/helpers/analysis-fixtures.js';
import { getReport, listConclusionVersions, resolveCycleId, restoreConclusion, saveConclusion, saveReportSettings, ReportConflictError } from './report.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let b: OrganisationFixture;
let am: AnalysisFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	b = await makeOrganisation(db, 'Beta');
	am = await makeAnalysis(db, a);
});
const org = () => a.organisation.id;

describe('the report model', () => {
	it('holds the eight sections in order, the mapping numbers and a prefilled conclusion per dimension', async () => {
		const r = await getReport(ctxOf(db, a.lasare), org(), am.cycleId, 'sv');
		expect(r.sections.map((s) => s.heading)).toEqual([
			'Inledning och metod',
			'Kommunens styrning',
			'Kartläggningen',
			'Styrkor, luckor, synergier och målkonflikter',
			'Befintlig statistik',
			'Utmaningar och möjligheter per dimension',
			'Slutsatser',
			'Bilagor'
		]);
		const method = r.sections[0]!.blocks;
		expect(method[0]).toEqual({ kind: 'p', text: 'I kartläggningen Kartläggning 2026 deltog 2 av organisationens 4 enheter.' });
		expect(method).toContainEqual({ kind: 'list', items: ['Kommunstyrelsen', 'Socialnämnden'] });
		const heat = r.sections[2]!.blocks.find((b) => b.kind === 'figure' && b.figure === 'heatmap');
		expect(heat && heat.kind === 'figure' && heat.table.rows).toContainEqual(['Kommunstyrelsen', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 5]);
		const conclusions = r.sections[6]!.blocks.filter((b) => b.kind === 'conclusion');
		expect(conclusions.map((c) => c.kind === 'conclusion' && c.scope)).toEqual(['social', 'ekologisk', 'ekonomisk', 'overall']);
		const social = conclusions[0]!;
		expect(social.kind === 'conclusion' && social.version).toBeNull();
		expect(social.kind === 'conclusion' && social.text.length).toBeGreaterThan(20);
		expect(r.sections[1]!.blocks).toEqual([{ kind: 'p', text: 'Inga prioriterade mål eller indikatorer är registrerade.' }]);
		expect(r.views.map((v) => v.id)).toEqual(['kartlaggning', 'bidrag', 'relevans', 'fynd', 'samspel', 'indikatorer', 'workshoppar']);
		expect(r.views[1]!.rows).toHaveLength(4);
	});

	it('keeps the chosen sections and the own text before them', async () => {
		await saveReportSettings(ctxOf(db, a.samordnare), org(), am.cycleId, { sections: ['annexes', 'method'], intros: { method: 'Vår egen inledning.' } });
		const r = await getReport(ctxOf(db, a.lasare), org(), am.cycleId, 'en');
		expect(r.sections.map((s) => [s.number, s.heading, s.intro])).toEqual([
			[1, 'Introduction and method', 'Vår egen inledning.'],
			[2, 'Annexes', '']
		]);
	});

	it("'latest' is the newest cycle; another organisation's cycle is not found", async () => {
		expect(await resolveCycleId(ctxOf(db, a.samordnare), org(), 'latest')).toBe(am.cycleId);
		expect((await serviceError(() => resolveCycleId(ctxOf(db, a.samordnare), b.organisation.id, 'latest'))).status).toBe(404);
		expect((await serviceError(() => getReport(ctxOf(db, b.samordnare), org(), am.cycleId, 'sv'))).status).toBe(404);
		expect((await serviceError(() => getReport(ctxOf(db, b.samordnare), b.organisation.id, am.cycleId, 'sv'))).status).toBe(404);
	});
});

describe('conclusion versions', () => {
	it('keeps every version with author and time; restore is a new version with the old text', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await saveConclusion(ctx, org(), am.cycleId, 'social', 'Första', 0);
		await saveConclusion(ctx, org(), am.cycleId, 'social', 'Andra', 1);
		expect(await restoreConclusion(ctx, org(), am.cycleId, 'social', 1, 2)).toEqual({ version: 3 });
		const versions = (await listConclusionVersions(ctx, org(), am.cycleId)).filter((v) => v.scope === 'social');
		expect(versions.map((v) => [v.version, v.text, v.restoredFrom])).toEqual([
			[3, 'Första', 1],
			[2, 'Andra', null],
			[1, 'Första', null]
		]);
		expect(versions[0]!.authorName).not.toBe('');
		expect(versions[0]!.createdAt).toBeInstanceOf(Date);
		const r = await getReport(ctx, org(), am.cycleId, 'sv');
		expect(r.sections[6]!.blocks[0]).toMatchObject({ kind: 'conclusion', scope: 'social', text: 'Första', version: 3 });
	});

	it('two saves on the same version: one 409 carrying both texts, nothing overwritten', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await saveConclusion(ctx, org(), am.cycleId, 'overall', 'Bas', 0);
		const results = await Promise.allSettled([saveConclusion(ctx, org(), am.cycleId, 'overall', 'Min text', 1), saveConclusion(ctx, org(), am.cycleId, 'overall', 'Din text', 1)]);
		const refused = results.filter((r) => r.status === 'rejected');
		expect(refused).toHaveLength(1);
		const e = (refused[0] as PromiseRejectedResult).reason as ReportConflictError;
		expect(e).toBeInstanceOf(ReportConflictError);
		expect(e.status).toBe(409);
		const saved = results.find((r) => r.status === 'fulfilled') ? (await listConclusionVersions(ctx, org(), am.cycleId))[0]! : null;
		expect(saved?.version).toBe(2);
		expect([e.mine, e.stored.text].sort()).toEqual(['Din text', 'Min text']);
		expect(e.stored.version).toBe(2);
		expect((await listConclusionVersions(ctx, org(), am.cycleId)).map((v) => v.text)).toEqual([saved!.text, 'Bas']);
	});

	it('a stale base version is a 409 with what is stored', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await saveConclusion(ctx, org(), am.cycleId, 'ekologisk', 'Först', 0);
		const e = (await serviceError(() => saveConclusion(ctx, org(), am.cycleId, 'ekologisk', 'Sent', 0))) as ReportConflictError;
		expect([e.status, e.stored.text, e.mine]).toEqual([409, 'Först', 'Sent']);
	});

	it('a läsare reads but cannot write; another organisation gets 404', async () => {
		expect((await serviceError(() => saveConclusion(ctxOf(db, a.lasare), org(), am.cycleId, 'social', 'x', 0))).status).toBe(403);
		expect((await serviceError(() => saveReportSettings(ctxOf(db, a.lasare), org(), am.cycleId, { sections: [], intros: {} }))).status).toBe(403);
		expect((await serviceError(() => saveConclusion(ctxOf(db, b.samordnare), org(), am.cycleId, 'social', 'x', 0))).status).toBe(404);
		expect((await serviceError(() => saveConclusion(ctxOf(db, b.samordnare), b.organisation.id, am.cycleId, 'social', 'x', 0))).status).toBe(404);
		expect((await serviceError(() => listConclusionVersions(ctxOf(db, b.samordnare), org(), am.cycleId))).status).toBe(404);
		expect(await listConclusionVersions(ctxOf(db, a.lasare), org(), am.cycleId)).toEqual([]);
	});
});
