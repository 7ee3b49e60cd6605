// Kartläggningsomgångar (mapping cycles) of an organisation, their progress per unit, and copying one
// cycle's agreed mapping into a new one. Every query is scoped by organisation.
import type { Db } from '../db/index.js';
import type { Cycle, CycleStatus, UnitProgress } from '#lib/domain/mapping.js';

type Row = { id: string; name: string; year: number; status: string; copied_from_id: string | null; created_at: Date };
const columns = ['id', 'name', 'year', 'status', 'copied_from_id', 'created_at'] as const;
function rowToCycle(r: Row): Cycle {
	return { id: r.id, name: r.name, year: r.year, status: r.status as CycleStatus, copiedFromId: r.copied_from_id, createdAt: r.created_at };
}

export async function insertCycle(
	db: Db,
	organisationId: string,
	c: { name: string; year: number; copiedFromId: string | null; createdBy: string }
): Promise<Cycle> {
	const row = await db
		.insertInto('mapping_cycle')
		.values({ organisation_id: organisationId, name: c.name, year: c.year, copied_from_id: c.copiedFromId, created_by: c.createdBy })
		.returning(columns)
		.executeTakeFirstOrThrow();
	return rowToCycle(row);
}

/** Newest first: by year, then by creation. */
export async function listCycles(db: Db, organisationId: string): Promise<Cycle[]> {
	const rows = await db
		.selectFrom('mapping_cycle')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.orderBy('year', 'desc')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map(rowToCycle);
}

export async function findCycle(db: Db, organisationId: string, cycleId: string): Promise<Cycle | null> {
	const row = await db
		.selectFrom('mapping_cycle')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.where('id', '=', cycleId)
		.executeTakeFirst();
	return row ? rowToCycle(row) : null;
}

export async function cycleNameTaken(db: Db, organisationId: string, name: string): Promise<boolean> {
	const row = await db
		.selectFrom('mapping_cycle')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
		.executeTakeFirst();
	return !!row;
}

export async function setCycleStatus(db: Db, organisationId: string, cycleId: string, status: CycleStatus): Promise<number> {
	const r = await db
		.updateTable('mapping_cycle')
		.set({ status })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', cycleId)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

type CountedTable = 'mapping_activity' | 'mapping_contribution' | 'mapping_challenge' | 'mapping_document';

async function countPerUnit(db: Db, organisationId: string, cycleId: string, table: CountedTable): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom(table)
		.select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.groupBy('unit_id')
		.execute();
	return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
}

/** Counts per unit that has anything in the cycle (units with nothing are absent). */
export async function progressOfCycle(db: Db, organisationId: string, cycleId: string): Promise<UnitProgress[]> {
	const relevance = await db
		.selectFrom('mapping_relevance')
		.select(['unit_id', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.groupBy(['unit_id', 'kind'])
		.execute();
	const missions = await db
		.selectFrom('mapping_unit')
		.select('unit_id')
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.where('grunduppdrag', '<>', '')
		.execute();
	const [activities, contributions, challenges, documents] = await Promise.all(
		(['mapping_activity', 'mapping_contribution', 'mapping_challenge', 'mapping_document'] as const).map((t) =>
			countPerUnit(db, organisationId, cycleId, t)
		)
	);
	const unitIds = new Set([
		...relevance.map((r) => r.unit_id),
		...missions.map((m) => m.unit_id),
		...activities!.keys(),
		...challenges!.keys(),
		...documents!.keys()
	]);
	const rel = (unitId: string, kind: string) => Number(relevance.find((r) => r.unit_id === unitId && r.kind === kind)?.n ?? 0);
	return [...unitIds].map((unitId) => ({
		unitId,
		grunduppdrag: missions.some((m) => m.unit_id === unitId),
		goals: rel(unitId, 'goal'),
		targets: rel(unitId, 'target'),
		activities: activities!.get(unitId) ?? 0,
		contributions: contributions!.get(unitId) ?? 0,
		challenges: challenges!.get(unitId) ?? 0,
		documents: documents!.get(unitId) ?? 0
	}));
}

/**
 * Copies the agreed mapping of cycle `fromId` into cycle `toId` (same organisation): grunduppdrag,
 * activities (new ids), steering documents, relevance, contributions (onto the new activities) and
 * challenges. Who agreed a value and when is kept; versions start again at 1. Individual inputs stay
 * with the cycle they were given in. Returns how many rows of each kind were copied.
 */
export async function copyCycleContent(db: Db, organisationId: string, fromId: string, toId: string) {
	const scope = { organisation_id: organisationId, cycle_id: toId };
	const inFrom = { org: organisationId, cycle: fromId };

	const missions = await db.selectFrom('mapping_unit').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	if (missions.length)
		await db
			.insertInto('mapping_unit')
			.values(missions.map((m) => ({ ...scope, unit_id: m.unit_id, grunduppdrag: m.grunduppdrag, created_at: m.created_at, agreed_by: m.agreed_by, agreed_at: m.agreed_at })))
			.execute();

	const activities = await db.selectFrom('mapping_activity').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	const newActivityId = new Map(activities.map((a) => [a.id, crypto.randomUUID()]));
	if (activities.length)
		await db
			.insertInto('mapping_activity')
			.values(
				activities.map(({ id, version: _v, cycle_id: _c, ...a }) => ({ ...a, ...scope, id: newActivityId.get(id)! }))
			)
			.execute();

	const contributions = await db.selectFrom('mapping_contribution').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	if (contributions.length)
		await db
			.insertInto('mapping_contribution')
			.values(
				contributions.map(({ id: _id, version: _v, cycle_id: _c, activity_id, ...c }) => ({ ...c, ...scope, activity_id: newActivityId.get(activity_id)! }))
			)
			.execute();

	const relevance = await db.selectFrom('mapping_relevance').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	if (relevance.length)
		await db
			.insertInto('mapping_relevance')
			.values(relevance.map(({ id: _id, version: _v, cycle_id: _c, ...r }) => ({ ...r, ...scope })))
			.execute();

	const documents = await db.selectFrom('mapping_document').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	if (documents.length)
		await db
			.insertInto('mapping_document')
			.values(documents.map(({ id: _id, version: _v, cycle_id: _c, ...d }) => ({ ...d, ...scope })))
			.execute();

	const challenges = await db.selectFrom('mapping_challenge').selectAll().where('organisation_id', '=', inFrom.org).where('cycle_id', '=', inFrom.cycle).execute();
	if (challenges.length)
		await db
			.insertInto('mapping_challenge')
			.values(challenges.map(({ id: _id, version: _v, cycle_id: _c, ...c }) => ({ ...c, ...scope })))
			.execute();

	return {
		grunduppdrag: missions.length,
		activities: activities.length,
		contributions: contributions.length,
		relevance: relevance.length,
		documents: documents.length,
		challenges: challenges.length
	};
}
