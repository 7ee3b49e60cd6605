import { describe, expect, it } from 'vitest';
import { buildUnitTree, flattenUnitTree, wouldCreateCycle, type UnitNode } from './units.js';

const units: UnitNode[] = [
	{ id: 'ks', parentId: null, name: 'Kommunstyrelsen', type: 'styrelse', position: 0 },
	{ id: 'kf', parentId: 'ks', name: 'Kommunledningsförvaltningen', type: 'förvaltning', position: 0 },
	{ id: 'sn', parentId: null, name: 'Socialnämnden', type: 'nämnd', position: 1 },
	{ id: 'ifo', parentId: 'kf', name: 'Ekonomi', type: 'verksamhet', position: 0 }
];

describe('unit tree', () => {
	it('nests children under parents in position order with depths', () => {
		const flat = flattenUnitTree(buildUnitTree(units));
		expect(flat.map((u) => [u.id, u.depth])).toEqual([
			['ks', 0],
			['kf', 1],
			['ifo', 2],
			['sn', 0]
		]);
	});

	it('refuses a move that would make a unit its own ancestor', () => {
		expect(wouldCreateCycle(units, 'ks', 'ifo')).toBe(true);
		expect(wouldCreateCycle(units, 'ks', 'ks')).toBe(true);
		expect(wouldCreateCycle(units, 'ifo', 'sn')).toBe(false);
		expect(wouldCreateCycle(units, 'kf', null)).toBe(false);
	});
});
