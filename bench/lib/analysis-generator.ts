// A large generated municipality for the analysis benchmark, the same on every run (seeded): 80 units
// (16 nämnder, each with a förvaltning of 3 verksamheter) and 5 cycles, each cycle fully populated with
// 13,520 agreed relevance ratings (every unit rates the 17 goals and 152 of the 169 targets, one target per
// goal left out in turn), 3,200 activities (40 per unit), 20,000 contributions (6 or 7 targets per activity,
// mostly among the unit's relevant ones, 10 % motverkar, 30 % naming an indicator) and a fully scored
// 169 × 169 interaction matrix (28,392 agreed cells). Rows go in by bulk inserts in chunks.
import type { Db } from '#lib/server/db/index.js';
import { targets } from '#lib/sdg/catalogue.js';

export const SHAPE = { units: 80, cycles: 5, activitiesPerUnit: 40 } as const;

/** mulberry32: a small seeded generator, good enough for test data. */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Generated {
	organisationId: string;
	/** Newest first, as the app lists them; the benchmark analyses the first. */
	cycleIds: string[];
	counts: { units: number; relevance: number; activities: number; contributions: number; interactions: number };
}

type Progress = (message: string) => void;

export async function generateMunicipality(db: Db, seed = 2030, progress: Progress = () => {}): Promise<Generated> {
	const random = rng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const uuid = () => {
		const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
		h[12] = '4';
		h[16] = '89ab'[Math.floor(random() * 4)]!;
		const s = h.join('');
		return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
	};

	const organisationId = uuid();
	await db.deleteFrom('organisation').where('id', '=', organisationId).execute();
	await db.insertInto('organisation').values({ id: organisationId, name: 'Storby kommun', kind: 'kommun', kolada_id: null, vision: null, vision_name: null }).execute();

	// Units: 16 nämnder, each with a förvaltning and three verksamheter under it.
	const units: Array<{ id: string; organisation_id: string; parent_id: string | null; name: string; type: string; position: number }> = [];
	for (let n = 0; n < SHAPE.units / 5; n++) {
		const namnd = { id: uuid(), organisation_id: organisationId, parent_id: null, name: `Nämnd ${n + 1}`, type: n === 0 ? 'styrelse' : 'nämnd', position: n };
		const forv = { id: uuid(), organisation_id: organisationId, parent_id: namnd.id, name: `Förvaltning ${n + 1}`, type: 'förvaltning', position: 0 };
		units.push(namnd, forv);
		for (let v = 0; v < 3; v++) units.push({ id: uuid(), organisation_id: organisationId, parent_id: forv.id, name: `Verksamhet ${n + 1}.${v + 1}`, type: 'verksamhet', position: v });
	}
	await db.insertInto('unit').values(units).execute();

	const allTargets = targets().map((t) => t.code);
	const goalTargets = Array.from({ length: 17 }, (_, g) => allTargets.filter((c) => c.startsWith(`${g + 1}.`)));
	const levels = ['ej_relevant', 'ej_relevant', 'låg', 'låg', 'medel', 'medel', 'medel', 'hög', 'hög', 'vet_ej'] as const;
	const scores = [-3, -2, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3];

	const cycleIds: string[] = [];
	const counts = { units: units.length, relevance: 0, activities: 0, contributions: 0, interactions: 0 };
	for (let c = 0; c < SHAPE.cycles; c++) {
		const year = 2026 - c;
		const cycle_id = uuid();
		cycleIds.push(cycle_id);
		await db
			.insertInto('mapping_cycle')
			.values({ id: cycle_id, organisation_id: organisationId, name: `Kartläggning ${year}`, year, status: c === 0 ? 'open' : 'closed' })
			.execute();
		const scope = { organisation_id: organisationId, cycle_id };

		const relevance: Array<Record<string, unknown>> = [];
		const activities: Array<Record<string, unknown>> = [];
		const contributions: Array<Record<string, unknown>> = [];
		for (const [u, unit] of units.entries()) {
			const relevant: string[] = [];
			for (let g = 1; g <= 17; g++) {
				relevance.push({ id: uuid(), ...scope, unit_id: unit.id, kind: 'goal', code: String(g), level: pick(levels), agreed_by: null });
				const list = goalTargets[g - 1]!;
				const skipped = list[(u + c) % list.length];
				for (const code of list) {
					if (code === skipped) continue;
					const level = pick(levels);
					if (level === 'medel' || level === 'hög') relevant.push(code);
					relevance.push({ id: uuid(), ...scope, unit_id: unit.id, kind: 'target', code, level, agreed_by: null });
				}
			}
			for (let i = 0; i < SHAPE.activitiesPerUnit; i++) {
				const activity_id = uuid();
				activities.push({ id: activity_id, ...scope, unit_id: unit.id, name: `Aktivitet ${u + 1}.${i + 1}`, description: null, owner: null, position: i, agreed_by: null });
				const n = (u * SHAPE.activitiesPerUnit + i) % 4 === 0 ? 7 : 6;
				const chosen = new Set<string>();
				while (chosen.size < n) chosen.add(random() < 0.8 && relevant.length ? pick(relevant) : pick(allTargets));
				for (const target_code of chosen) {
					const indicator = random() < 0.3;
					contributions.push({
						id: uuid(),
						...scope,
						unit_id: unit.id,
						activity_id,
						target_code,
						direction: random() < 0.1 ? 'motverkar' : 'bidrar',
						strength: 1 + Math.floor(random() * 3),
						directness: random() < 0.6 ? 'direkt' : 'indirekt',
						motivation: null,
						indicator_kind: indicator ? 'kolada' : null,
						indicator_ref: indicator ? `N${String(Math.floor(random() * 100000)).padStart(5, '0')}` : null,
						agreed_by: null
					});
				}
			}
		}
		const interactions: Array<Record<string, unknown>> = [];
		for (const from_code of allTargets)
			for (const to_code of allTargets) if (from_code !== to_code) interactions.push({ ...scope, from_code, to_code, score: pick(scores), agreed_by: null });

		await insertChunks(db, 'mapping_relevance', relevance);
		await insertChunks(db, 'mapping_activity', activities);
		await insertChunks(db, 'mapping_contribution', contributions);
		await insertChunks(db, 'interaction_agreed', interactions);
		counts.relevance += relevance.length;
		counts.activities += activities.length;
		counts.contributions += contributions.length;
		counts.interactions += interactions.length;
		progress(
			`cycle ${c + 1}/${SHAPE.cycles} (${year}): ${relevance.length} relevance, ${activities.length} activities, ${contributions.length} contributions, ${interactions.length} interactions`
		);
	}
	return { organisationId, cycleIds, counts };
}

/** Multi-row inserts of 1,000 rows at a time (well inside the 65,535 parameters of one statement). */
async function insertChunks(db: Db, table: 'mapping_relevance' | 'mapping_activity' | 'mapping_contribution' | 'interaction_agreed', rows: Array<Record<string, unknown>>) {
	for (let i = 0; i < rows.length; i += 1000) await db.insertInto(table).values(rows.slice(i, i + 1000) as never).execute();
}
