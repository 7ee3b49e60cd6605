import { describe, expect, it } from 'vitest';
import { compareMappings, type ComparableMapping } from './mapping-compare.js';

const base: ComparableMapping = {
	relevance: [
		{ kind: 'goal', code: '10', level: 'medel' },
		{ kind: 'goal', code: '3', level: 'hög' },
		{ kind: 'target', code: '3.4', level: 'hög' },
		{ kind: 'target', code: '10.2', level: 'låg' }
	],
	activities: [
		{ name: 'Hemtjänst', contributions: [{ targetCode: '3.4', direction: 'bidrar', strength: 2 }] },
		{ name: 'Försörjningsstöd', contributions: [{ targetCode: '1.3', direction: 'bidrar', strength: 3 }] }
	],
	challenges: [{ text: 'Ensamhet bland äldre' }],
	documents: [{ name: 'Hållbarhetspolicy' }]
};

describe('comparing a unit’s mapping with the previous cycle', () => {
	it('finds nothing changed in a copy', () => {
		const c = compareMappings(base, structuredClone(base) as ComparableMapping);
		expect(c.unchanged).toBe(true);
		expect(c.relevance).toEqual([]);
	});

	it('lists changed, added and removed ratings, goals first then targets in SDG order', () => {
		const next: ComparableMapping = {
			...base,
			relevance: [
				{ kind: 'goal', code: '3', level: 'hög' },
				{ kind: 'goal', code: '10', level: 'hög' },
				{ kind: 'target', code: '10.2', level: 'medel' },
				{ kind: 'target', code: '1.3', level: 'hög' }
			]
		};
		expect(compareMappings(base, next).relevance).toEqual([
			{ kind: 'goal', code: '10', from: 'medel', to: 'hög' },
			{ kind: 'target', code: '1.3', from: null, to: 'hög' },
			{ kind: 'target', code: '3.4', from: 'hög', to: null },
			{ kind: 'target', code: '10.2', from: 'låg', to: 'medel' }
		]);
	});

	it('matches activities by name and contributions by activity and target', () => {
		const next: ComparableMapping = {
			...base,
			activities: [
				{
					name: 'Hemtjänst',
					contributions: [
						{ targetCode: '3.4', direction: 'bidrar', strength: 3 },
						{ targetCode: '10.2', direction: 'motverkar', strength: 1 }
					]
				},
				{ name: 'Träffpunkter för äldre', contributions: [] }
			],
			challenges: [{ text: 'Ensamhet bland äldre' }, { text: 'Kompetensförsörjning' }],
			documents: [{ name: 'Äldreomsorgsstrategi' }]
		};
		const c = compareMappings(base, next);
		expect(c.activitiesAdded).toEqual(['Träffpunkter för äldre']);
		expect(c.activitiesRemoved).toEqual(['Försörjningsstöd']);
		expect(c.contributions).toEqual([
			{ activity: 'Försörjningsstöd', targetCode: '1.3', from: { direction: 'bidrar', strength: 3 }, to: null },
			{ activity: 'Hemtjänst', targetCode: '3.4', from: { direction: 'bidrar', strength: 2 }, to: { direction: 'bidrar', strength: 3 } },
			{ activity: 'Hemtjänst', targetCode: '10.2', from: null, to: { direction: 'motverkar', strength: 1 } }
		]);
		expect([c.challengesAdded, c.challengesRemoved]).toEqual([1, 0]);
		expect([c.documentsAdded, c.documentsRemoved]).toEqual([['Äldreomsorgsstrategi'], ['Hållbarhetspolicy']]);
		expect(c.unchanged).toBe(false);
	});
});
