// Writes Alingsås' steering (alingsas-steering.ts) through the steering repository: focus areas with their
// sub-areas, the five prioritised goals under their focus areas, the 29 indicators with target values,
// outcomes as printed and the SDG targets (the demo's judgement), Riket as the comparison, and the demo's
// Kolada values (data/kolada-alingsas.json, illustrative: see data/SOURCES.md). Runs inside the demo's
// transaction, into an organisation that has no focus areas yet.
import type { Db } from '../db/index.js';
import * as steering from '../repositories/steering.repository.js';
import { RIKET, type KoladaValue } from '#lib/domain/steering.js';
import { parseKoladaFile } from '../kolada/parse.js';
import { upsertKoladaValues } from '../repositories/kolada.repository.js';
import { alingsasFocusAreas, alingsasGoals } from './alingsas-steering.js';
import koladaFile from './data/kolada-alingsas.json' with { type: 'json' };

/** The numbers of the demo's Kolada file, read as any imported Kolada file is. */
export function demoKoladaRows(): KoladaValue[] {
	const parsed = parseKoladaFile(JSON.stringify(koladaFile));
	if (!parsed.ok) throw new Error(`demo: data/kolada-alingsas.json: ${parsed.problem.key}`);
	return parsed.values;
}

export async function loadAlingsasSteering(db: Db, organisationId: string): Promise<void> {
	const areaIds = new Map<string, string>();
	for (const [position, area] of alingsasFocusAreas().entries()) {
		const id = await steering.insertFocusArea(db, organisationId, { parentId: null, name: area.name, description: area.description, position });
		areaIds.set(area.name, id);
		for (const [subPosition, sub] of area.subAreas.entries())
			await steering.insertFocusArea(db, organisationId, { parentId: id, name: sub.name, description: sub.description, position: subPosition });
	}
	for (const [position, goal] of alingsasGoals().entries()) {
		const goalId = await steering.insertGoal(db, organisationId, {
			focusAreaId: areaIds.get(goal.focusArea)!,
			parentId: null,
			unitId: null,
			title: goal.title,
			description: goal.description,
			periodStart: null,
			periodEnd: null,
			position
		});
		await steering.setTargetLinks(db, 'priority_goal_sdg_target', organisationId, goalId, goal.sdg.map((l) => l.code));
		for (const [indicatorPosition, ind] of goal.indicators.entries()) {
			const id = await steering.insertIndicator(db, organisationId, {
				goalId,
				name: ind.name,
				kind: ind.kind,
				koladaKpi: ind.koladaKpi,
				sourceName: ind.sourceName,
				unitLabel: ind.unitLabel,
				direction: ind.direction,
				position: indicatorPosition
			});
			await steering.setTargetValues(db, organisationId, id, ind.targets);
			for (const o of ind.outcomes) await steering.setOutcome(db, organisationId, id, { year: o.year, gender: 'T', area: '', value: o.value });
			await steering.setTargetLinks(db, 'indicator_sdg_target', organisationId, id, ind.sdg.map((l) => l.code));
		}
	}
	await db.updateTable('organisation').set({ kolada_comparison_id: RIKET }).where('id', '=', organisationId).execute();
	await upsertKoladaValues(db, organisationId, demoKoladaRows());
}
