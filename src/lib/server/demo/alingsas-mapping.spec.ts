import { describe, expect, it } from 'vitest';
import { target } from '#lib/sdg/catalogue.js';
import { goalOfCode, targetStepLevels } from '#lib/domain/mapping.js';
import seed from './data/alingsas.json' with { type: 'json' };
import { alingsasMapping } from './alingsas-mapping.js';
import { alingsas } from './alingsas.js';

const allCodes = (m: (typeof alingsasMapping)[number]) => [
	...m.targets.map((t) => t.code),
	...m.activities.flatMap((a) => a.contributions.map((c) => c.target)),
	...m.challenges.flatMap((c) => c.targets),
	...m.policyTargets
];

describe('the demo kartläggning of Alingsås', () => {
	it('maps 4–5 of the units the demo has, each once', () => {
		const units = alingsas().units.map((u) => u.name);
		const mapped = alingsasMapping.map((m) => m.unit);
		expect(mapped.length).toBeGreaterThanOrEqual(4);
		expect(mapped.length).toBeLessThanOrEqual(5);
		expect(new Set(mapped).size).toBe(mapped.length);
		for (const name of mapped) expect(units).toContain(name);
	});

	it('names only targets that exist in the catalogue', () => {
		for (const m of alingsasMapping) for (const code of allCodes(m)) expect(target(code), `${m.unit}: ${code}`).toBeDefined();
	});

	it('takes every activity verbatim from the budget’s concrete actions, 2–4 per unit with 1–2 contributions each', () => {
		const printed = new Set(seed.concreteActions.flatMap((box) => box.actions));
		for (const m of alingsasMapping) {
			expect(m.activities.length).toBeGreaterThanOrEqual(2);
			expect(m.activities.length).toBeLessThanOrEqual(4);
			for (const a of m.activities) {
				expect(printed.has(a.name), a.name).toBe(true);
				expect(a.contributions.length).toBeGreaterThanOrEqual(1);
				expect(a.contributions.length).toBeLessThanOrEqual(2);
				expect(new Set(a.contributions.map((c) => c.target)).size).toBe(a.contributions.length);
			}
		}
	});

	it('has at least one contribution that counteracts a target', () => {
		const negative = alingsasMapping.flatMap((m) => m.activities.flatMap((a) => a.contributions)).filter((c) => c.direction === 'motverkar');
		expect(negative.length).toBeGreaterThanOrEqual(1);
	});

	it('assesses targets only of goals agreed medel or hög, as the mapping page asks for them', () => {
		for (const m of alingsasMapping) {
			expect(m.goals).toHaveLength(17);
			for (const t of m.targets) expect(targetStepLevels, `${m.unit}: ${t.code}`).toContain(m.goals[goalOfCode(t.code) - 1]);
		}
	});

	it('rests every challenge on a part of the Hållbarhetspolicy, at most two per dimension and unit', () => {
		const parts = new Set([
			...seed.focusAreas.map((f) => f.name),
			...seed.focusAreas.flatMap((f) => f.subAreas.map((s) => s.name)),
			...seed.policy.governance.map((g) => g.name)
		]);
		for (const m of alingsasMapping) {
			for (const c of m.challenges) expect(parts.has(c.basis), c.basis).toBe(true);
			for (const d of ['social', 'ekologisk', 'ekonomisk'])
				expect(m.challenges.filter((c) => c.dimension === d).length).toBeLessThanOrEqual(2);
		}
	});
});
