// This cycle against the last: coverage per goal before and after, gaps opened and closed, goal conflicts new
// and resolved. Findings are matched by their stable key.
import type { AnalysisResult, Finding } from './types.js';

export interface GoalChange {
	readonly goal: number;
	readonly positiveBefore: number;
	readonly positiveAfter: number;
	/** positiveAfter − positiveBefore. */
	readonly positiveChange: number;
	readonly unitsBefore: number;
	readonly unitsAfter: number;
	readonly targetsCoveredBefore: number;
	readonly targetsCoveredAfter: number;
	readonly targetsTotal: number;
}

export interface AnalysisComparison {
	/** Goals 1…17. */
	readonly goals: readonly GoalChange[];
	/** Gaps of the current analysis that the previous one did not have (ranked as in the current one). */
	readonly gapsOpened: readonly Finding[];
	/** Gaps of the previous analysis that are gone (ranked as in the previous one). */
	readonly gapsClosed: readonly Finding[];
	readonly conflictsNew: readonly Finding[];
	readonly conflictsResolved: readonly Finding[];
	readonly totals: {
		readonly relevantTargetsBefore: number;
		readonly relevantTargetsAfter: number;
		readonly coveredTargetsBefore: number;
		readonly coveredTargetsAfter: number;
		readonly contributionsBefore: number;
		readonly contributionsAfter: number;
	};
}

const missingFrom = (list: readonly Finding[], other: readonly Finding[]): Finding[] => {
	const keys = new Set(other.map((f) => f.key));
	return list.filter((f) => !keys.has(f.key));
};

export function compareAnalyses(previous: AnalysisResult, current: AnalysisResult): AnalysisComparison {
	const before = new Map(previous.coverage.goals.map((g) => [g.goal, g]));
	const goals = current.coverage.goals.map((after): GoalChange => {
		const b = before.get(after.goal);
		return {
			goal: after.goal,
			positiveBefore: b?.positive ?? 0,
			positiveAfter: after.positive,
			positiveChange: after.positive - (b?.positive ?? 0),
			unitsBefore: b?.unitsContributing ?? 0,
			unitsAfter: after.unitsContributing,
			targetsCoveredBefore: b?.targetsCovered ?? 0,
			targetsCoveredAfter: after.targetsCovered,
			targetsTotal: after.targetsTotal
		};
	});
	const p = previous.coverage.totals;
	const c = current.coverage.totals;
	return {
		goals,
		gapsOpened: missingFrom(current.gaps, previous.gaps),
		gapsClosed: missingFrom(previous.gaps, current.gaps),
		conflictsNew: missingFrom(current.conflicts, previous.conflicts),
		conflictsResolved: missingFrom(previous.conflicts, current.conflicts),
		totals: {
			relevantTargetsBefore: p.relevantTargets,
			relevantTargetsAfter: c.relevantTargets,
			coveredTargetsBefore: p.coveredTargets,
			coveredTargetsAfter: c.coveredTargets,
			contributionsBefore: p.contributions,
			contributionsAfter: c.contributions
		}
	};
}
