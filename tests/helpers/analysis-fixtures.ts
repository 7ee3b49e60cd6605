// A small agreed mapping to analyse, written straight into the tables for a fixture organisation: two
// cycles (2025 and 2026). In 2026 Kommunstyrelsen rates goal 11 hög, 11.6 hög and 11.2 medel and its
// Cykelplan bidrar to 11.2 (3, naming a Kolada indicator) and 11.6 (2); Socialnämnden rates goal 3 hög, 3.4
// medel and 3.8 låg and its Hemtjänst bidrar to 3.8 (2) and motverkar 11.2 (1); two agreed interaction
// scores (11.2 → 11.6 = +2, 11.6 → 3.4 = −1). In 2025 only Kommunstyrelsen: 11.6 medel, Gammal plan → 11.6 (1).
import type { Db } from '#lib/server/db/index.js';
import type { OrganisationFixture } from './fixtures.js';

export async function makeAnalysis(db: Db, f: OrganisationFixture) {
	const organisation_id = f.organisation.id;
	const ks = f.units.ks.id;
	const sn = f.units.sn.id;
	const cycle = (name: string, year: number) =>
		db.insertInto('mapping_cycle').values({ organisation_id, name, year }).returning('id').executeTakeFirstOrThrow();
	const old = (await cycle('Kartläggning 2025', 2025)).id;
	const now = (await cycle('Kartläggning 2026', 2026)).id;

	const relevance = async (cycle_id: string, unit_id: string, kind: 'goal' | 'target', code: string, level: string) =>
		(await db.insertInto('mapping_relevance').values({ organisation_id, cycle_id, unit_id, kind, code, level, agreed_by: null }).returning('id').executeTakeFirstOrThrow()).id;
	const activity = async (cycle_id: string, unit_id: string, name: string, position: number) =>
		(await db.insertInto('mapping_activity').values({ organisation_id, cycle_id, unit_id, name, position, agreed_by: null }).returning('id').executeTakeFirstOrThrow()).id;
	const contribution = async (
		cycle_id: string,
		unit_id: string,
		activity_id: string,
		target_code: string,
		direction: 'bidrar' | 'motverkar',
		strength: number,
		indicator: { kind: string; ref: string } | null = null
	) =>
		(
			await db
				.insertInto('mapping_contribution')
				.values({
					organisation_id,
					cycle_id,
					unit_id,
					activity_id,
					target_code,
					direction,
					strength,
					directness: 'direkt',
					indicator_kind: indicator?.kind ?? null,
					indicator_ref: indicator?.ref ?? null,
					agreed_by: null
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const interaction = (cycle_id: string, from_code: string, to_code: string, score: number) =>
		db.insertInto('interaction_agreed').values({ organisation_id, cycle_id, from_code, to_code, score, agreed_by: null }).execute();

	const relevanceIds = [
		await relevance(now, ks, 'goal', '11', 'hög'),
		await relevance(now, ks, 'target', '11.6', 'hög'),
		await relevance(now, ks, 'target', '11.2', 'medel'),
		await relevance(now, sn, 'goal', '3', 'hög'),
		await relevance(now, sn, 'target', '3.4', 'medel'),
		await relevance(now, sn, 'target', '3.8', 'låg')
	];
	const cykelplan = await activity(now, ks, 'Cykelplan', 0);
	const hemtjanst = await activity(now, sn, 'Hemtjänst', 0);
	const contributionIds = [
		await contribution(now, ks, cykelplan, '11.2', 'bidrar', 3, { kind: 'kolada', ref: 'N07403' }),
		await contribution(now, ks, cykelplan, '11.6', 'bidrar', 2),
		await contribution(now, sn, hemtjanst, '3.8', 'bidrar', 2),
		await contribution(now, sn, hemtjanst, '11.2', 'motverkar', 1)
	];
	await interaction(now, '11.2', '11.6', 2);
	await interaction(now, '11.6', '3.4', -1);

	const oldRelevance = await relevance(old, ks, 'target', '11.6', 'medel');
	const gammal = await activity(old, ks, 'Gammal plan', 0);
	const oldContribution = await contribution(old, ks, gammal, '11.6', 'bidrar', 1);
	await interaction(old, '11.6', '11.2', 1);

	return {
		cycleId: now,
		previousCycleId: old,
		relevanceIds,
		activityIds: [cykelplan, hemtjanst],
		contributionIds,
		interactionIds: ['11.2>11.6', '11.6>3.4'],
		previous: { relevanceIds: [oldRelevance], activityIds: [gammal], contributionIds: [oldContribution], interactionIds: ['11.6>11.2'] }
	};
}

export type AnalysisFixture = Awaited<ReturnType<typeof makeAnalysis>>;
