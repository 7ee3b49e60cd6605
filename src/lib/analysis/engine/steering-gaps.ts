// Gaps against the municipality's own steering: relevant targets that units contribute to but that none of
// the municipality's indicators follows, and indicators following a relevant target that move the wrong way.
// Only when the municipality records indicators at all: without steering in Målkarta every target would be
// "not followed", which says nothing.
import type { AnalysisLocalIndicator, Finding } from './types.js';
import {
	TARGET_CODES,
	TARGET_COUNT,
	TARGET_GOAL,
	evidenceAt,
	finding,
	isRelevant,
	listOf,
	priorityOf,
	ratingPositions,
	targetNumber,
	unitIdsOf,
	type Model,
	type Rating
} from './model.js';

export function findSteeringGaps(model: Model, indicators: readonly AnalysisLocalIndicator[] | undefined): Finding[] {
	if (!indicators || indicators.length === 0) return [];
	const followed = new Set(indicators.flatMap((i) => i.targetCodes));
	const relevantOf = (t: number): Rating[] => model.targetRatings[t]!.filter((r) => isRelevant(r.level));
	const out: Finding[] = [];

	const notFollowed = new Map<number, number[]>();
	for (let t = 0; t < TARGET_COUNT; t++) {
		if (followed.has(TARGET_CODES[t]!) || listOf(model.positive, t).length === 0 || relevantOf(t).length === 0) continue;
		const goal = TARGET_GOAL[t]!;
		notFollowed.set(goal, [...(notFollowed.get(goal) ?? []), t]);
	}
	for (const [goal, targets] of notFollowed) {
		const relevant = targets.flatMap(relevantOf);
		const codes = targets.map((t) => TARGET_CODES[t]!);
		out.push(
			finding({
				key: `gap:notFollowed:${goal}`,
				kind: 'gap',
				type: 'notFollowed',
				weight: 0.5 * targets.length,
				unitIds: unitIdsOf(model, relevant.map((r) => r.unit)),
				targetCodes: codes,
				evidence: evidenceAt(model, ratingPositions(relevant), targets.flatMap((t) => [...listOf(model.positive, t)])),
				message: { key: 'finding.gap.notFollowed', params: { targets: codes } }
			})
		);
	}

	for (const indicator of indicators) {
		if (indicator.trend !== 'wrong') continue;
		const targets = indicator.targetCodes.map(targetNumber).filter((t) => t >= 0);
		const relevant = targets.flatMap(relevantOf);
		if (relevant.length === 0) continue;
		const codes = targets.map((t) => TARGET_CODES[t]!);
		out.push(
			finding({
				key: `gap:wrongWay:${indicator.id}`,
				kind: 'gap',
				type: 'wrongWay',
				weight: 1 + relevant.reduce((s, r) => s + priorityOf(r.level), 0),
				unitIds: unitIdsOf(model, relevant.map((r) => r.unit)),
				targetCodes: codes,
				evidence: evidenceAt(model, ratingPositions(relevant), null),
				indicatorIds: [indicator.id],
				// The year as text: a number parameter would be formatted "2 018".
				message: { key: 'finding.gap.wrongWay', params: { indicator: indicator.name, targets: codes, since: String(indicator.since ?? '') } }
			})
		);
	}
	return out;
}
