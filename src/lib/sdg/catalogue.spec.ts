import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareTargetCodes, isTargetCode } from '#lib/domain/sdg-codes.js';
import { goal, goals, indicators, indicatorsOf, target, targets } from './catalogue.js';

describe('SDG catalogue', () => {
	it('has the 17 goals in order, each with both titles in both languages', () => {
		expect(goals().map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		for (const g of goals()) {
			expect(g.title.sv && g.title.en && g.shortTitle.sv && g.shortTitle.en, `goal ${g.number}`).toBeTruthy();
			expect(g.color).toMatch(/^#[0-9A-F]{6}$/);
		}
		expect(goal(6)?.shortTitle.sv).toBe('Rent vatten och sanitet för alla');
		expect(goal(0)).toBeUndefined();
		expect(goal(18)).toBeUndefined();
	});

	it('has 169 targets: 126 numbered and 43 lettered, with the official count per goal', () => {
		const all = targets();
		expect(all).toHaveLength(169);
		expect(all.filter((t) => /\.\d+$/.test(t.code) && t.kind === 'outcome')).toHaveLength(126);
		expect(all.filter((t) => /\.[a-z]$/.test(t.code) && t.kind === 'means')).toHaveLength(43);
		expect(goals().map((g) => targets(g.number).length)).toEqual([7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]);
		expect(targets(99)).toEqual([]);
	});

	it('gives every target a valid code, an existing goal and a full text in both languages', () => {
		for (const t of targets()) {
			expect(isTargetCode(t.code), t.code).toBe(true);
			expect(goal(t.goal), t.code).toBeDefined();
			expect(t.code.startsWith(`${t.goal}.`), t.code).toBe(true);
			expect(t.title.sv && t.title.en, t.code).toBeTruthy();
			expect(t.shortTitle.sv, t.code).toBeTruthy();
		}
		expect(new Set(targets().map((t) => t.code)).size).toBe(169);
	});

	it('keeps targets in SDG order: numbers before letters, 17.19 after 17.2', () => {
		const codes = targets().map((t) => t.code);
		expect([...codes].sort(compareTargetCodes)).toEqual(codes);
		expect(targets(1).map((t) => t.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
		expect(codes.indexOf('17.19')).toBe(codes.indexOf('17.2') + 17);
		expect(target('17.19')?.goal).toBe(17);
		expect(target('6.3')?.title.sv).toContain('avloppsvatten');
		expect(target('6.x')).toBeUndefined();
	});

	it('has 248 indicator rows, each under an existing target; only 11.c has none', () => {
		expect(indicators()).toHaveLength(248);
		for (const i of indicators()) {
			expect(target(i.target), i.code).toBeDefined();
			expect(i.code.startsWith(`${i.target}.`), i.code).toBe(true);
			expect(i.title.en, i.code).toBeTruthy();
		}
		expect(targets().filter((t) => indicatorsOf(t.code).length === 0).map((t) => t.code)).toEqual(['11.c']);
		expect(indicatorsOf('6.3').map((i) => i.code)).toEqual(['6.3.1', '6.3.2']);
		expect(indicatorsOf('nope')).toEqual([]);
	});

	it('cannot be changed by a caller', () => {
		expect(Object.isFrozen(targets())).toBe(true);
		expect(Object.isFrozen(targets(6))).toBe(true);
		expect(Object.isFrozen(goal(1))).toBe(true);
	});

	it('passes the data set\'s own checks (data/check.mjs)', () => {
		const script = fileURLToPath(new URL('./data/check.mjs', import.meta.url));
		const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
		expect(out).toMatch(/\b0 failed\b/);
	});
});
