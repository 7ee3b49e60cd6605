// The handlingsplan's plans, follow-up points and measures with what they serve; every query is scoped by
// organisation. A measure's edit names the version it was based on (optimistic concurrency).
import type { Db } from '../db/index.js';
import type { PlanStatus } from '#lib/domain/plan.js';

export interface Plan {
	id: string;
	title: string;
	periodStart: number;
	periodEnd: number;
	decidedBy: string | null;
	decidedOn: string | null;
	status: PlanStatus;
	copiedFromId: string | null;
	createdAt: Date;
}

export interface Point {
	id: string;
	planId: string;
	name: string;
	dueOn: string | null;
	position: number;
}

export interface Measure {
	id: string;
	planId: string;
	number: number;
	title: string;
	description: string | null;
	localTarget: string | null;
	responsibleUnitId: string | null;
	targetCodes: string[];
	evidence: { kind: 'council_item' | 'finding'; councilItemId: string | null; cycleId: string | null; findingKey: string | null; text: string | null } | null;
	carriedFromId: string | null;
	updatedBy: string | null;
	updatedAt: Date;
	version: number;
}

export type MeasureFields = Pick<Measure, 'title' | 'description' | 'localTarget' | 'responsibleUnitId' | 'targetCodes'>;

const planColumns = ['id', 'title', 'period_start', 'period_end', 'decided_by', 'decided_on', 'status', 'copied_from_id', 'created_at'] as const;
type PlanRow = { id: string; title: string; period_start: number; period_end: number; decided_by: string | null; decided_on: string | null; status: string; copied_from_id: string | null; created_at: Date };
const rowToPlan = (r: PlanRow): Plan => ({
	id: r.id,
	title: r.title,
	periodStart: r.period_start,
	periodEnd: r.period_end,
	decidedBy: r.decided_by,
	decidedOn: r.decided_on,
	status: r.status as PlanStatus,
	copiedFromId: r.copied_from_id,
	createdAt: r.created_at
});

export async function listPlans(db: Db, organisationId: string): Promise<Plan[]> {
	const rows = await db.selectFrom('action_plan').select(planColumns).where('organisation_id', '=', organisationId).orderBy('period_start', 'desc').orderBy('created_at', 'desc').execute();
	return rows.map(rowToPlan);
}

export async function findPlan(db: Db, organisationId: string, planId: string): Promise<Plan | null> {
	const row = await db.selectFrom('action_plan').select(planColumns).where('organisation_id', '=', organisationId).where('id', '=', planId).executeTakeFirst();
	return row ? rowToPlan(row) : null;
}

/** The plan's row locked for the rest of the transaction, so closing it and writing to it do not interleave. */
export async function lockPlan(db: Db, organisationId: string, planId: string): Promise<Plan | null> {
	const row = await db.selectFrom('action_plan').select(planColumns).where('organisation_id', '=', organisationId).where('id', '=', planId).forUpdate().executeTakeFirst();
	return row ? rowToPlan(row) : null;
}

export async function insertPlan(
	db: Db,
	organisationId: string,
	p: { title: string; periodStart: number; periodEnd: number; decidedBy: string | null; decidedOn: string | null; copiedFromId?: string | null },
	createdBy: string | null
): Promise<string> {
	const row = await db
		.insertInto('action_plan')
		.values({ organisation_id: organisationId, title: p.title, period_start: p.periodStart, period_end: p.periodEnd, decided_by: p.decidedBy, decided_on: p.decidedOn, copied_from_id: p.copiedFromId ?? null, created_by: createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function setPlanStatus(db: Db, organisationId: string, planId: string, status: PlanStatus): Promise<void> {
	await db.updateTable('action_plan').set({ status }).where('organisation_id', '=', organisationId).where('id', '=', planId).execute();
}

export async function listPoints(db: Db, organisationId: string, planId: string): Promise<Point[]> {
	const rows = await db.selectFrom('action_plan_point').select(['id', 'plan_id', 'name', 'due_on', 'position']).where('organisation_id', '=', organisationId).where('plan_id', '=', planId).orderBy('position').execute();
	return rows.map((r) => ({ id: r.id, planId: r.plan_id, name: r.name, dueOn: r.due_on, position: r.position }));
}

export async function insertPoints(db: Db, organisationId: string, planId: string, points: ReadonlyArray<{ name: string; dueOn: string | null }>): Promise<void> {
	if (!points.length) return;
	await db.insertInto('action_plan_point').values(points.map((p, i) => ({ organisation_id: organisationId, plan_id: planId, name: p.name, due_on: p.dueOn, position: i }))).execute();
}

const measureColumns = [
	'id', 'plan_id', 'number', 'title', 'description', 'local_target', 'responsible_unit_id', 'target_codes', 'evidence_kind', 'evidence_council_item_id',
	'evidence_cycle_id', 'evidence_finding_key', 'evidence_text', 'carried_from_id', 'updated_by', 'updated_at', 'version'
] as const;

function measures(db: Db, organisationId: string) {
	return db.selectFrom('action_measure').select(measureColumns).where('organisation_id', '=', organisationId);
}
type MeasureRow = Awaited<ReturnType<ReturnType<typeof measures>['executeTakeFirstOrThrow']>>;
const rowToMeasure = (r: MeasureRow): Measure => ({
	id: r.id,
	planId: r.plan_id,
	number: r.number,
	title: r.title,
	description: r.description,
	localTarget: r.local_target,
	responsibleUnitId: r.responsible_unit_id,
	targetCodes: r.target_codes,
	evidence: r.evidence_kind
		? { kind: r.evidence_kind as 'council_item' | 'finding', councilItemId: r.evidence_council_item_id, cycleId: r.evidence_cycle_id, findingKey: r.evidence_finding_key, text: r.evidence_text }
		: null,
	carriedFromId: r.carried_from_id,
	updatedBy: r.updated_by,
	updatedAt: r.updated_at,
	version: r.version
});

export async function listMeasures(db: Db, organisationId: string, planId: string): Promise<Measure[]> {
	return (await measures(db, organisationId).where('plan_id', '=', planId).orderBy('number').execute()).map(rowToMeasure);
}

export async function findMeasure(db: Db, organisationId: string, measureId: string): Promise<Measure | null> {
	const row = await measures(db, organisationId).where('id', '=', measureId).executeTakeFirst();
	return row ? rowToMeasure(row) : null;
}

export async function nextNumber(db: Db, organisationId: string, planId: string): Promise<number> {
	const row = await db.selectFrom('action_measure').select((eb) => eb.fn.max('number').as('n')).where('organisation_id', '=', organisationId).where('plan_id', '=', planId).executeTakeFirst();
	return Number(row?.n ?? 0) + 1;
}

export async function insertMeasure(
	db: Db,
	organisationId: string,
	planId: string,
	m: MeasureFields & { number: number; evidence: Measure['evidence']; carriedFromId?: string | null },
	by: string | null
): Promise<string> {
	const row = await db
		.insertInto('action_measure')
		.values({
			organisation_id: organisationId,
			plan_id: planId,
			number: m.number,
			title: m.title,
			description: m.description,
			local_target: m.localTarget,
			responsible_unit_id: m.responsibleUnitId,
			target_codes: m.targetCodes,
			evidence_kind: m.evidence?.kind ?? null,
			evidence_council_item_id: m.evidence?.councilItemId ?? null,
			evidence_cycle_id: m.evidence?.cycleId ?? null,
			evidence_finding_key: m.evidence?.findingKey ?? null,
			evidence_text: m.evidence?.text ?? null,
			carried_from_id: m.carriedFromId ?? null,
			created_by: by,
			updated_by: by
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Updates the measure if it is still at `version`; false when someone saved it meanwhile. */
export async function updateMeasure(db: Db, organisationId: string, measureId: string, version: number, m: MeasureFields, by: string): Promise<boolean> {
	const r = await db
		.updateTable('action_measure')
		.set((eb) => ({ title: m.title, description: m.description, local_target: m.localTarget, responsible_unit_id: m.responsibleUnitId, target_codes: m.targetCodes, updated_by: by, updated_at: new Date(), version: eb('version', '+', 1) }))
		.where('organisation_id', '=', organisationId)
		.where('id', '=', measureId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** The measure itself and, following carried_from, the same measure in earlier plans (oldest last). */
export async function measureLineage(db: Db, organisationId: string, measureId: string): Promise<Measure[]> {
	const out: Measure[] = [];
	let next: string | null = measureId;
	while (next && out.length < 50) {
		const m = await findMeasure(db, organisationId, next);
		if (!m) break;
		out.push(m);
		next = m.carriedFromId;
	}
	return out;
}
