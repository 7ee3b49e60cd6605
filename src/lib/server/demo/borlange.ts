// Borlänge as its action plan for the environmental strategy names it: the sectors and companies that
// carry out its measures. No steering: the plan lists no goals or indicators, and its focus-area labels
// tag measures (it says nine focus areas but names them only in an image).
import data from './data/borlange.json' with { type: 'json' };
import type { DemoOrganisation } from './alingsas.js';

export function borlange(): DemoOrganisation {
	return {
		name: data.municipality.name,
		kind: 'kommun',
		koladaId: data.municipality.koladaId,
		vision: null,
		visionName: null,
		units: data.units.map((u) => ({ name: u.name, type: u.kind === 'bolag' ? 'bolag' : 'sektor' }))
	};
}
