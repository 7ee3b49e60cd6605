// Writes Alingsås' steering (alingsas-steering.ts) through the steering repository: focus areas with their
// sub-areas, the five prioritised goals under their focus areas, the 29 indicators with target values,
// outcomes as printed and the SDG targets (the demo's judgement), Riket as the comparison, and the demo's
// Kolada values (data/kolada-alingsas.json, illustrative: see data/SOURCES.md). Runs inside the demo's
// transaction, into an organisation that has no focus areas yet.
import type { Db } from '../db/index.js';
import * as steering from '../repositories/steering.repository.js';
import { RIKET, type Gender } from '#lib/domain/steering.js';
import { alingsasFocusAreas, alingsasGoals } from './alingsas-steering.js';
import koladaFile from './data/kolada-alingsas.json' with { type: 'json' };

interface KoladaEnvelope {
	values: Array<{ kpi: string; municipality: string; period: number; values: Array<{ gender: string; value: number | null; isdeleted: boolean }> }>;
}

/** The numbers of a Kolada v3 answer: deleted rows and null values are not numbers and stay out. */
export function demoKoladaRows(file: KoladaEnvelope = koladaFile as KoladaEnvelope) {
	return file.values.flatMap((item) =>
		item.values
			.filter((v) => !v.isdeleted && typeof v.value === 'number')
			.map((v) => ({ kpi: item.kpi, municipality: item.municipality, year: item.period, gender: v.gender as Gender, value: v.value as number }))
	);
}

// KOLADA WIRING: a small insert of its own until kolada.repository.ts (its upsert) is in.
async function insertKoladaValues(db: Db, organisationId: string): Promise<void> {
	const rows = demoKoladaRows();
	if (!rows.length) return;
	await db
		.insertInto('kolada_value')
		.values(rows.map((r) => ({ organisation_id: organisationId, ...r })))
		.onConflict((c) => c.columns(['organisation_id', 'kpi', 'municipality', 'year', 'gender']).doNothing())
		.execute();
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
	await insertKoladaValues(db, organisationId);
}
