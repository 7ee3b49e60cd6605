import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { makeOrganisation, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../../../../tests/helpers/analysis-fixtures.js';
import { analysisQueries, findDimensionGoals, loadAnalysisInput, setDimensionGoals } from './analysis.repository.js';

const db = await useTestDb();
let a: OrganisationFixture;
let b: OrganisationFixture;
let am: AnalysisFixture;
let bm: AnalysisFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	b = await makeOrganisation(db, 'Beta');
	am = await makeAnalysis(db, a);
	bm = await makeAnalysis(db, b);
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('loadAnalysisInput', () => {
	it("returns exactly the cycle's agreed rows, nothing of another cycle or organisation", async () => {
		const input = await loadAnalysisInput(db, a.organisation.id, am.cycleId);
		expect(sorted(input.relevance.map((r) => r.id))).toEqual(sorted(am.relevanceIds));
		expect(sorted(input.activities.map((x) => x.id))).toEqual(sorted(am.activityIds));
		expect(sorted(input.contributions.map((c) => c.id))).toEqual(sorted(am.contributionIds));
		expect(sorted(input.interactions.map((i) => i.id))).toEqual(sorted(am.interactionIds));

		const old = await loadAnalysisInput(db, a.organisation.id, am.previousCycleId);
		expect(old.relevance.map((r) => r.id)).toEqual(am.previous.relevanceIds);
		expect(old.activities.map((x) => x.id)).toEqual(am.previous.activityIds);
		expect(old.contributions.map((c) => c.id)).toEqual(am.previous.contributionIds);
		expect(old.interactions.map((i) => i.id)).toEqual(am.previous.interactionIds);

		// B's cycle asked for under A's organisation: A's units, but no mapping rows of B.
		const smuggled = await loadAnalysisInput(db, a.organisation.id, bm.cycleId);
		expect([smuggled.relevance, smuggled.activities, smuggled.contributions, smuggled.interactions]).toEqual([[], [], [], []]);
		expect(smuggled.units.map((u) => u.id)).not.toContain(b.units.ks.id);
	});

	it("maps the rows to the engine's input: units in tree order, indicator or null, interaction ids from>to", async () => {
		const input = await loadAnalysisInput(db, a.organisation.id, am.cycleId);
		expect(input.units).toEqual([
			{ id: a.units.ks.id, name: 'Kommunstyrelsen', type: 'styrelse', parentId: null },
			{ id: a.units.klf.id, name: 'Kommunledningsförvaltningen', type: 'förvaltning', parentId: a.units.ks.id },
			{ id: a.units.ekonomi.id, name: 'Ekonomi', type: 'verksamhet', parentId: a.units.klf.id },
			{ id: a.units.sn.id, name: 'Socialnämnden', type: 'nämnd', parentId: null }
		]);
		expect(input.relevance.find((r) => r.code === '11.2')).toEqual({ id: am.relevanceIds[2], unitId: a.units.ks.id, kind: 'target', code: '11.2', level: 'medel' });
		const byTarget = Object.fromEntries(input.contributions.map((c) => [`${c.activityId}:${c.targetCode}`, c]));
		expect(byTarget[`${am.activityIds[0]}:11.2`]).toEqual({
			id: am.contributionIds[0],
			unitId: a.units.ks.id,
			activityId: am.activityIds[0],
			targetCode: '11.2',
			direction: 'bidrar',
			strength: 3,
			directness: 'direkt',
			indicator: { kind: 'kolada', ref: 'N07403' }
		});
		expect(byTarget[`${am.activityIds[1]}:11.2`]).toMatchObject({ direction: 'motverkar', strength: 1, indicator: null });
		expect(input.activities.find((x) => x.id === am.activityIds[1])).toEqual({ id: am.activityIds[1], unitId: a.units.sn.id, name: 'Hemtjänst' });
		expect(input.interactions.find((i) => i.id === '11.6>3.4')).toEqual({ from: '11.6', to: '3.4', score: -1, id: '11.6>3.4' });
	});

	it("omits the dimension grouping while the organisation uses the default, and gives its own once set", async () => {
		expect('dimensions' in (await loadAnalysisInput(db, a.organisation.id, am.cycleId))).toBe(false);
		const own = { social: [1, 2, 3, 4, 5, 10, 16, 17], ekologisk: [6, 7, 11, 12, 13, 14, 15, 17], ekonomisk: [8, 9, 17] };
		await setDimensionGoals(db, a.organisation.id, own);
		expect((await loadAnalysisInput(db, a.organisation.id, am.cycleId)).dimensions).toEqual(own);
		expect(await findDimensionGoals(db, a.organisation.id)).toEqual(own);
		expect(await findDimensionGoals(db, b.organisation.id)).toBeNull();
		// A stored grouping that leaves a goal out (or is not a grouping at all) is ignored: the default applies.
		await sql`update organisation set dimension_goals = ${JSON.stringify({ social: [1], ekologisk: [], ekonomisk: [] })}::text::jsonb where id = ${a.organisation.id}`.execute(db);
		expect('dimensions' in (await loadAnalysisInput(db, a.organisation.id, am.cycleId))).toBe(false);
		await setDimensionGoals(db, a.organisation.id, null);
		expect(await findDimensionGoals(db, a.organisation.id)).toBeNull();
	});

	it('keeps free text intact whatever it holds: quotes, line breaks and the separators of the packed records', async () => {
		const name = 'Cykel\x1f"plan"\x1e\nrad två \\ ✓';
		const ref = 'Lokalt mått\x1e\x1f;"x"';
		const scope = { organisation_id: a.organisation.id, cycle_id: am.cycleId, unit_id: a.units.ekonomi.id, agreed_by: null };
		const { id: activityId } = await db.insertInto('mapping_activity').values({ ...scope, name, position: 5 }).returning('id').executeTakeFirstOrThrow();
		await db
			.insertInto('mapping_contribution')
			.values({ ...scope, activity_id: activityId, target_code: '8.5', direction: 'bidrar', strength: 1, directness: 'indirekt', indicator_kind: 'local', indicator_ref: ref })
			.execute();
		const input = await loadAnalysisInput(db, a.organisation.id, am.cycleId);
		expect(input.activities.find((x) => x.id === activityId)?.name).toBe(name);
		expect(input.contributions.find((c) => c.activityId === activityId)?.indicator).toEqual({ kind: 'local', ref });
		expect(input.activities).toHaveLength(3);
		expect(input.contributions).toHaveLength(5);
	});

	it('delivers ratings, activities and contributions in id order as JavaScript compares strings (the order the engine takes)', async () => {
		const scope = { organisation_id: a.organisation.id, cycle_id: am.cycleId, unit_id: a.units.ekonomi.id, agreed_by: null };
		const activityIds: string[] = [];
		for (let i = 0; i < 20; i++) activityIds.push((await db.insertInto('mapping_activity').values({ ...scope, name: `A${i}`, position: i }).returning('id').executeTakeFirstOrThrow()).id);
		await db
			.insertInto('mapping_contribution')
			.values(activityIds.map((activity_id, i) => ({ ...scope, activity_id, target_code: `8.${(i % 9) + 1}`, direction: 'bidrar', strength: 1, directness: 'direkt' })))
			.execute();
		await db
			.insertInto('mapping_relevance')
			.values(Array.from({ length: 10 }, (_, i) => ({ ...scope, kind: 'target', code: `8.${i + 1}`, level: 'medel' })))
			.execute();
		const input = await loadAnalysisInput(db, a.organisation.id, am.cycleId);
		const inJsOrder = (ids: string[]) => [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		for (const list of [input.relevance, input.activities, input.contributions]) {
			const ids = list.map((x) => x.id);
			expect(ids).toEqual(inJsOrder(ids));
		}
		expect([input.relevance.length, input.activities.length, input.contributions.length]).toEqual([16, 22, 24]);

		// Every contribution keeps its own activity and unit.
		const stored = await db
			.selectFrom('mapping_contribution')
			.select(['id', 'activity_id', 'unit_id'])
			.where('cycle_id', '=', am.cycleId)
			.orderBy('id')
			.execute();
		expect(input.contributions.map((c) => [c.id, c.activityId, c.unitId])).toEqual(stored.map((c) => [c.id, c.activity_id, c.unit_id]));
		// And every rating its unit.
		const ratings = await db.selectFrom('mapping_relevance').select(['id', 'unit_id']).where('cycle_id', '=', am.cycleId).orderBy('id').execute();
		expect(input.relevance.map((r) => [r.id, r.unitId])).toEqual(ratings.map((r) => [r.id, r.unit_id]));
		const activity = new Map(input.activities.map((x) => [x.id, x]));
		expect(input.contributions.every((c) => activity.get(c.activityId)?.unitId === c.unitId)).toBe(true);
	});

	it('gives an empty mapping for a cycle with nothing in it', async () => {
		const { id } = await db.insertInto('mapping_cycle').values({ organisation_id: a.organisation.id, name: 'Tom', year: 2027 }).returning('id').executeTakeFirstOrThrow();
		const input = await loadAnalysisInput(db, a.organisation.id, id);
		expect([input.relevance, input.activities, input.contributions, input.interactions]).toEqual([[], [], [], []]);
		expect(input.units).toHaveLength(4);
	});

	it('scopes every compiled query by the organisation, and the mapping queries by the cycle too', () => {
		const q = analysisQueries(db, a.organisation.id, am.cycleId);
		for (const [name, query] of Object.entries(q)) {
			expect(query.parameters, name).toContain(a.organisation.id);
			if (name !== 'units' && name !== 'organisation') expect(query.parameters, name).toContain(am.cycleId);
		}
	});
});
