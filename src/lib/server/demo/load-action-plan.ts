// Borlänge's action plan 2023 for the demo: all 17 measures with their descriptions and the sectors and
// companies the seed lists for each (in printed order), the plan's Delår and Helår, and — marked as the
// demo's own example, not the seed's — a few follow-up entries at Delår (borlange-follow-up.example.json).
import data from './data/borlange.json' with { type: 'json' };
import example from './data/borlange-follow-up.example.json' with { type: 'json' };
import { defaultPoints, type FollowUpStatus } from '#lib/domain/plan.js';
import type { Db } from '../db/index.js';
import * as followUps from '../repositories/plan-follow-up.repository.js';
import * as links from '../repositories/plan-links.repository.js';
import * as plans from '../repositories/plan.repository.js';

/** Measure 5's quantified target is a printed sentence of its own description (not reworded). */
const localTargets: Record<number, string> = { 5: 'I Borlänge har vi mål om att öka produktionen av förnybar el med 40% till 2030.' };

export const DEMO_EXAMPLE_AUTHOR = 'Demots exempel';

export async function loadBorlangeActionPlan(db: Db, organisationId: string, unitIds: ReadonlyMap<string, string>): Promise<string> {
	const year = Number(data.plan.decided.slice(0, 4));
	const planId = await plans.insertPlan(db, organisationId, { title: data.plan.title, periodStart: year, periodEnd: year, decidedBy: data.plan.decidedBy, decidedOn: data.plan.decided }, null);
	await plans.insertPoints(db, organisationId, planId, defaultPoints(year));
	const measureIds = new Map<number, string>();
	for (const m of data.measures) {
		const target = localTargets[m.number] ?? null;
		if (target && !m.description.includes(target)) throw new Error(`Åtgärd ${m.number}: målet står inte i texten`);
		const id = await plans.insertMeasure(
			db,
			organisationId,
			planId,
			{ number: m.number, title: m.title, description: m.description, localTarget: target, responsibleUnitId: null, targetCodes: [], evidence: null },
			null
		);
		const ids = m.units.map((name) => {
			const unitId = unitIds.get(name);
			if (!unitId) throw new Error(`Åtgärd ${m.number}: enheten ${name} saknas i demot`);
			return unitId;
		});
		await links.setMeasureUnits(db, organisationId, id, ids);
		measureIds.set(m.number, id);
	}
	const point = (await plans.listPoints(db, organisationId, planId)).find((p) => p.name === example.point)!;
	for (const e of example.entries)
		await followUps.insertFollowUp(db, organisationId, {
			planId,
			measureId: measureIds.get(e.measure)!,
			unitId: unitIds.get(e.unit)!,
			pointId: point.id,
			status: e.status as FollowUpStatus,
			completion: e.completion,
			comment: e.comment,
			indicatorValues: [],
			authorId: null,
			authorName: DEMO_EXAMPLE_AUTHOR,
			isExample: example.example
		});
	return planId;
}
