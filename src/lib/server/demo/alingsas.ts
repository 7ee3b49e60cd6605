// Alingsås as the seeds describe it: the nämnder and Kommunstyrelsen of the budget's driftbudget table
// ("Exploatering" is a budget line there, not a unit) and Vision 2040. Its focus areas with their sub-areas,
// prioritised goals and indicators are its steering (alingsas-steering.ts, loaded by load-steering.ts).
import data from './data/alingsas.json' with { type: 'json' };
import type { UnitType } from '#lib/domain/units.js';

export interface DemoOrganisation {
	name: string;
	kind: 'kommun' | 'region';
	koladaId: string;
	vision: string | null;
	visionName: string | null;
	units: Array<{ name: string; type: UnitType; parent?: string }>;
}

export function alingsas(): DemoOrganisation {
	return {
		name: data.municipality.name,
		kind: 'kommun',
		koladaId: data.municipality.koladaId,
		vision: data.vision,
		visionName: data.visionMeta.name,
		// Kommunstyrelsen first, then the nämnder in the budget's order.
		units: data.committees
			.filter((c) => c.type !== 'budgetpost')
			.map((c) => ({ name: c.name, type: (c.type === 'styrelse' ? 'styrelse' : 'nämnd') as UnitType }))
			.sort((a, b) => Number(b.type === 'styrelse') - Number(a.type === 'styrelse'))
	};
}
