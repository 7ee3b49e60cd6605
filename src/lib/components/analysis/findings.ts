// What the council view's lists show of a finding: its sentence and the inputs behind it as links — the
// units' mapping pages, the activities (on their unit's mapping page), the municipality's own indicators (on
// the steering page) and the targets or goals on the SDG pages.
import type { Finding } from '#lib/analysis/engine/types.js';
import { parseTargetCode } from '#lib/domain/sdg-codes.js';

export interface FindingLink {
	readonly kind: 'unit' | 'activity' | 'indicator' | 'target' | 'goal';
	readonly href: string;
	/** The unit's or activity's name, the target code or the goal number. */
	readonly label: string;
}

export interface FindingItem {
	readonly key: string;
	readonly sentence: string;
	readonly links: readonly FindingLink[];
}

export interface FindingContext {
	readonly orgId: string;
	readonly cycleId: string;
	readonly units: ReadonlyMap<string, string>;
	readonly activities: ReadonlyMap<string, { readonly name: string; readonly unitId: string }>;
	/** The municipality's own indicators by id (steering gaps link to them on the steering page). */
	readonly indicators?: ReadonlyMap<string, string>;
}

/** The links of one finding, in the order units, activities, targets, then goals not already named by a target. */
export function findingLinks(f: Pick<Finding, 'unitIds' | 'activityIds' | 'targetCodes' | 'goals' | 'indicatorIds'>, ctx: FindingContext): FindingLink[] {
	const mapping = (unitId: string) => `/org/${ctx.orgId}/kartlaggning/${ctx.cycleId}/${unitId}`;
	const links: FindingLink[] = [];
	for (const id of f.unitIds) {
		const name = ctx.units.get(id);
		if (name !== undefined) links.push({ kind: 'unit', href: mapping(id), label: name });
	}
	for (const id of f.activityIds) {
		const a = ctx.activities.get(id);
		if (a) links.push({ kind: 'activity', href: mapping(a.unitId), label: a.name });
	}
	for (const id of f.indicatorIds ?? []) {
		const name = ctx.indicators?.get(id);
		if (name !== undefined) links.push({ kind: 'indicator', href: `/org/${ctx.orgId}/styrning#indicator-${id}`, label: name });
	}
	const goalsOfTargets = new Set<number>();
	for (const code of f.targetCodes) {
		const goal = parseTargetCode(code)?.goal;
		if (goal === undefined) continue;
		goalsOfTargets.add(goal);
		links.push({ kind: 'target', href: `/mal/${goal}#${code}`, label: code });
	}
	for (const goal of f.goals) if (!goalsOfTargets.has(goal)) links.push({ kind: 'goal', href: `/mal/${goal}`, label: String(goal) });
	return links;
}

/** The list items of some findings, most important first (the engine's order), with their sentences. */
export function findingItems(findings: readonly Finding[], describe: (f: Finding) => string, ctx: FindingContext): FindingItem[] {
	return findings.map((f) => ({ key: f.key, sentence: describe(f), links: findingLinks(f, ctx) }));
}

/** How many items a list shows before "Visa alla". */
export const LIST_TOP = 6;
