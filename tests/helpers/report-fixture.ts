// A small report model built without a database: two units, a few ratings and contributions, one interaction,
// run through the real engine and builder — for tests of the exports that need no fixture organisation.
import { analyse } from '#lib/analysis/engine/index.js';
import type { AnalysisInput } from '#lib/analysis/engine/types.js';
import { sectionIds } from '#lib/domain/report.js';
import { buildReport } from '#lib/server/reports/build.js';

export function smallReport() {
	const input: AnalysisInput = {
		units: [
			{ id: 'u1', name: 'Kommunstyrelsen', type: 'styrelse', parentId: null },
			{ id: 'u2', name: 'Socialnämnden', type: 'nämnd', parentId: null }
		],
		relevance: [
			{ id: 'r1', unitId: 'u1', kind: 'goal', code: '11', level: 'hög' },
			{ id: 'r2', unitId: 'u1', kind: 'target', code: '11.2', level: 'hög' },
			{ id: 'r3', unitId: 'u2', kind: 'target', code: '3.4', level: 'medel' }
		],
		activities: [
			{ id: 'a1', unitId: 'u1', name: 'Cykelplan' },
			{ id: 'a2', unitId: 'u2', name: 'Hemtjänst' }
		],
		contributions: [
			{ id: 'c1', unitId: 'u1', activityId: 'a1', targetCode: '11.2', direction: 'bidrar', strength: 3, directness: 'direkt', indicator: null },
			{ id: 'c2', unitId: 'u2', activityId: 'a2', targetCode: '3.8', direction: 'bidrar', strength: 2, directness: 'indirekt', indicator: null }
		],
		interactions: [{ id: 'i1', from: '11.2', to: '3.4', score: 2 }]
	};
	return buildReport(
		{
			organisation: { id: 'o1', name: 'Provkommun' },
			cycle: { id: 'c1', name: 'Kartläggning 2026', year: 2026 },
			input,
			result: analyse(input),
			participating: new Set(['u1', 'u2']),
			workshops: [{ name: 'Uppstart', date: new Date('2026-03-01T09:00:00Z'), status: 'avslutad', participants: 12 }],
			challenges: [],
			documents: [],
			steering: null,
			comparison: null,
			plan: null,
			sections: [...sectionIds],
			intros: {},
			conclusions: { overall: { text: 'Vår slutsats.', version: 1 } }
		},
		'sv'
	);
}
