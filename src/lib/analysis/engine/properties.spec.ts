// Properties of the engine on generated mappings (fast-check): it never throws on valid input, every view
// adds up to the same totals, the synergy matrix is symmetric, and the result depends on the input's content
// only — not on the order of its arrays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directions, directnesses, relevanceLevels, strengths, type Dimension } from '#lib/domain/mapping.js';
import { targets } from '#lib/sdg/catalogue.js';
import { analyse, describeFinding, type AnalysisInput, type Finding } from './index.js';
import type { InteractionScore } from '../interactions/types.js';
import { SHARED_PARTNERS } from './synergies.js';

const codes = targets().map((t) => t.code);
const scores: InteractionScore[] = [-3, -2, -1, 0, 1, 2, 3];

/** A mapping with 0–6 units; every reference points at something that exists. */
const inputArb: fc.Arbitrary<AnalysisInput> = fc
	.record({
		unitCount: fc.integer({ min: 0, max: 7 }),
		ratings: fc.array(
			fc.record({
				unit: fc.nat(),
				goal: fc.boolean(),
				code: fc.constantFrom(...codes),
				level: fc.constantFrom(...relevanceLevels)
			}),
			{ maxLength: 40 }
		),
		activityCount: fc.integer({ min: 0, max: 10 }),
		activityUnits: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
		contributions: fc.array(
			fc.record({
				activity: fc.nat(),
				code: fc.constantFrom(...codes.slice(0, 40), ...codes.slice(120)),
				direction: fc.constantFrom(...directions),
				strength: fc.constantFrom(...strengths),
				directness: fc.constantFrom(...directnesses),
				indicator: fc.option(fc.constantFrom({ kind: 'kolada' as const, ref: 'N15436' }, { kind: 'local' as const, ref: 'Egen mätning' }))
			}),
			{ maxLength: 60 }
		),
		interactions: fc.array(fc.record({ from: fc.constantFrom(...codes.slice(0, 25)), to: fc.constantFrom(...codes.slice(0, 25)), score: fc.constantFrom(...scores) }), {
			maxLength: 40
		}),
		dimensions: fc.option(
			fc.record({
				social: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 }),
				ekologisk: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 }),
				ekonomisk: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 })
			}),
			{ nil: undefined }
		)
	})
	.map((g): AnalysisInput => {
		const units = Array.from({ length: g.unitCount }, (_, i) => ({ id: `u${i}`, name: `Nämnd ${i}`, type: 'nämnd', parentId: null }));
		if (units.length === 0) return { units, relevance: [], activities: [], contributions: [], interactions: [], dimensions: g.dimensions };
		const seen = new Set<string>();
		const relevance = g.ratings.flatMap((r, i) => {
			const unitId = units[r.unit % units.length]!.id;
			const code = r.goal ? r.code.split('.')[0]! : r.code;
			const kind = r.goal ? ('goal' as const) : ('target' as const);
			const slot = `${unitId}:${kind}:${code}`;
			if (seen.has(slot)) return [];
			seen.add(slot);
			return [{ id: `r${i}`, unitId, kind, code, level: r.level }];
		});
		const activities = Array.from({ length: g.activityCount }, (_, i) => ({
			id: `a${i}`,
			unitId: units[g.activityUnits[i]! % units.length]!.id,
			name: `Aktivitet ${i}`
		}));
		const linked = new Set<string>();
		const contributions =
			activities.length === 0
				? []
				: g.contributions.flatMap((c, i) => {
						const activity = activities[c.activity % activities.length]!;
						const slot = `${activity.id}:${c.code}`;
						if (linked.has(slot)) return [];
						linked.add(slot);
						return [
							{
								id: `c${i}`,
								unitId: activity.unitId,
								activityId: activity.id,
								targetCode: c.code,
								direction: c.direction,
								strength: c.strength,
								directness: c.directness,
								indicator: c.indicator
							}
						];
					});
		const cells = new Set<string>();
		const interactions = g.interactions.flatMap((x) => {
			const id = `${x.from}>${x.to}`;
			if (x.from === x.to || cells.has(id)) return [];
			cells.add(id);
			return [{ from: x.from, to: x.to, score: x.score, id }];
		});
		return { units, relevance, activities, contributions, interactions, dimensions: g.dimensions };
	});

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const allFindings = (r: ReturnType<typeof analyse>): Finding[] => [...r.strengths, ...r.gaps, ...r.synergies, ...r.conflicts];

/** The same list in an order given by the generated keys. */
function reorder<T>(list: readonly T[], keys: readonly number[]): T[] {
	return list
		.map((item, i) => ({ item, k: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
		.sort((a, b) => a.k - b.k || b.i - a.i)
		.map((x) => x.item);
}

describe('analyse on generated mappings', () => {
	it('never throws, and every finding has a unique key, known evidence and a complete sentence in both languages', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const result = analyse(input);
				const findings = allFindings(result);
				expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
				const ids = {
					relevance: new Set(input.relevance.map((r) => r.id)),
					contributions: new Set(input.contributions.map((c) => c.id)),
					activities: new Set(input.activities.map((a) => a.id)),
					interactions: new Set(input.interactions.map((i) => i.id))
				};
				for (const f of findings) {
					for (const kind of ['relevance', 'contributions', 'activities', 'interactions'] as const) {
						for (const id of f.evidence[kind]) expect(ids[kind].has(id), `${f.key}: ${kind} ${id}`).toBe(true);
					}
					expect(f.targetCodes.length).toBeGreaterThan(0);
					expect(f.weight).toBeGreaterThan(0);
					for (const locale of ['sv', 'en'] as const) expect(describeFinding(f, locale)).not.toMatch(/[{}]|finding\./);
				}
				for (const list of [result.strengths, result.gaps, result.synergies, result.conflicts]) {
					for (let i = 1; i < list.length; i++) expect(list[i - 1]!.weight).toBeGreaterThanOrEqual(list[i]!.weight);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('adds up: units × goals = units × targets = goals = targets = the contributions, and dimensions = their goals', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const { coverage } = analyse(input);
				const positive = sum(input.contributions.filter((c) => c.direction === 'bidrar').map((c) => c.strength));
				const negative = sum(input.contributions.filter((c) => c.direction === 'motverkar').map((c) => c.strength));
				for (const view of [coverage.unitGoals, coverage.unitTargets, coverage.goals, coverage.targets]) {
					expect(sum(view.map((c) => c.positive))).toBe(positive);
					expect(sum(view.map((c) => c.negative))).toBe(negative);
					expect(sum(view.map((c) => c.contributions))).toBe(input.contributions.length);
				}
				expect(coverage.totals.contributions).toBe(input.contributions.length);
				expect(coverage.totals.coveredTargets).toBe(sum(coverage.goals.map((g) => g.targetsCovered)));
				expect(coverage.unitGoals).toHaveLength(input.units.length * 17);
				for (const g of coverage.goals) {
					const cells = coverage.unitGoals.filter((c) => c.goal === g.goal);
					expect(sum(cells.map((c) => c.positive))).toBe(g.positive);
					expect(cells.filter((c) => c.relevance === 'medel' || c.relevance === 'hög').length).toBe(g.unitsRelevant);
				}
				const grouping = input.dimensions;
				for (const d of coverage.dimensions) {
					if (grouping) expect([...d.goals].sort((a, b) => a - b)).toEqual([...grouping[d.dimension as Dimension]].sort((a, b) => a - b));
					const goals = coverage.goals.filter((g) => d.goals.includes(g.goal));
					expect(d.positive).toBe(sum(goals.map((g) => g.positive)));
					expect(d.negative).toBe(sum(goals.map((g) => g.negative)));
					expect(d.contributions).toBe(sum(goals.map((g) => g.contributions)));
					expect(d.targetsCovered).toBe(sum(goals.map((g) => g.targetsCovered)));
					expect(d.targetsTotal).toBe(sum(goals.map((g) => g.targetsTotal)));
					expect(d.unitsContributing).toBeLessThanOrEqual(sum(goals.map((g) => g.unitsContributing)));
					expect(d.unitsContributing).toBeGreaterThanOrEqual(Math.max(0, ...goals.map((g) => g.unitsContributing)));
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('unit × unit synergy is symmetric with a zero diagonal; sharedTargets findings are each unit’s strongest partners', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const result = analyse(input);
				const { unitIds, weight, targets: shared } = result.unitSynergy;
				expect(unitIds).toEqual(input.units.map((u) => u.id));
				const pairs = new Map(result.synergies.filter((f) => f.type === 'sharedTargets').map((f) => [f.unitIds.join('|'), f]));
				const expected = new Set<string>();
				for (let i = 0; i < unitIds.length; i++) {
					expect(weight[i]![i]).toBe(0);
					expect(shared[i]![i]).toEqual([]);
					const partners: number[] = [];
					for (let j = 0; j < unitIds.length; j++) {
						expect(weight[i]![j]).toBe(weight[j]![i]);
						expect(shared[i]![j]).toEqual(shared[j]![i]);
						expect(weight[i]![j]! > 0).toBe(shared[i]![j]!.length > 0);
						if (j !== i && weight[i]![j]! > 0) partners.push(j);
						const f = pairs.get([unitIds[i]!, unitIds[j]!].sort().join('|'));
						if (f) {
							expect(f.weight).toBe(weight[i]![j]);
							expect(f.targetCodes).toEqual(shared[i]![j]);
						}
					}
					partners.sort((a, b) => weight[i]![b]! - weight[i]![a]! || (unitIds[a]! < unitIds[b]! ? -1 : 1));
					for (const j of partners.slice(0, SHARED_PARTNERS)) expected.add([unitIds[i]!, unitIds[j]!].sort().join('|'));
				}
				expect([...pairs.keys()].sort()).toEqual([...expected].sort());
			}),
			{ numRuns: 150 }
		);
	});

	it('is deterministic, and shuffling the input arrays changes nothing but the order of units', () => {
		fc.assert(
			fc.property(inputArb, fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (input, keys) => {
				const first = analyse(input);
				expect(analyse(input)).toEqual(first);
				const shuffled: AnalysisInput = {
					...input,
					relevance: reorder(input.relevance, keys),
					activities: reorder(input.activities, keys),
					contributions: reorder(input.contributions, keys),
					interactions: reorder(input.interactions, keys)
				};
				expect(analyse(shuffled)).toEqual(first);
				const unitsShuffled = analyse({ ...shuffled, units: reorder(input.units, keys) });
				for (const list of ['strengths', 'gaps', 'synergies', 'conflicts'] as const) expect(unitsShuffled[list]).toEqual(first[list]);
				expect(unitsShuffled.coverage.goals).toEqual(first.coverage.goals);
				expect(unitsShuffled.coverage.targets).toEqual(first.coverage.targets);
				expect(unitsShuffled.network).toEqual(first.network);
			}),
			{ numRuns: 100 }
		);
	});
});
