// What changed in one unit's agreed mapping between two cycles: relevance levels, activities and their
// contributions, challenges and steering documents. Activities are matched by name (a cycle started as a
// copy keeps the names; a renamed activity shows as one removed and one added), contributions by
// activity name and target.
import { compareTargetCodes } from './sdg-codes.js';
import type { Direction, RelevanceKind, RelevanceLevel, Strength } from './mapping.js';

export interface ComparableMapping {
	relevance: ReadonlyArray<{ kind: RelevanceKind; code: string; level: RelevanceLevel }>;
	activities: ReadonlyArray<{ name: string; contributions: ReadonlyArray<{ targetCode: string; direction: Direction; strength: Strength }> }>;
	challenges: ReadonlyArray<{ text: string }>;
	documents: ReadonlyArray<{ name: string }>;
}

export interface RelevanceChange {
	kind: RelevanceKind;
	code: string;
	/** null: not rated in that cycle. */
	from: RelevanceLevel | null;
	to: RelevanceLevel | null;
}

export interface ContributionChange {
	activity: string;
	targetCode: string;
	from: { direction: Direction; strength: Strength } | null;
	to: { direction: Direction; strength: Strength } | null;
}

export interface MappingComparison {
	relevance: RelevanceChange[];
	activitiesAdded: string[];
	activitiesRemoved: string[];
	contributions: ContributionChange[];
	challengesAdded: number;
	challengesRemoved: number;
	documentsAdded: string[];
	documentsRemoved: string[];
	/** Nothing differs. */
	unchanged: boolean;
}

// Goal codes are plain numbers; targets compare in SDG order.
const byCode = (a: { kind: RelevanceKind; code: string }, b: { code: string }) =>
	a.kind === 'goal' ? Number(a.code) - Number(b.code) : compareTargetCodes(a.code, b.code);

export function compareMappings(previous: ComparableMapping, current: ComparableMapping): MappingComparison {
	const levels = (m: ComparableMapping) => new Map(m.relevance.map((r) => [`${r.kind}:${r.code}`, r]));
	const before = levels(previous);
	const after = levels(current);
	const relevance: RelevanceChange[] = [];
	for (const key of new Set([...before.keys(), ...after.keys()])) {
		const b = before.get(key);
		const a = after.get(key);
		if (b?.level === a?.level) continue;
		const { kind, code } = (a ?? b)!;
		relevance.push({ kind, code, from: b?.level ?? null, to: a?.level ?? null });
	}
	// Goals before targets, each in SDG order.
	relevance.sort((x, y) => (x.kind === y.kind ? byCode(x, y) : x.kind === 'goal' ? -1 : 1));

	const names = (m: ComparableMapping) => new Set(m.activities.map((a) => a.name));
	const prevNames = names(previous);
	const currNames = names(current);
	const links = (m: ComparableMapping) =>
		new Map(m.activities.flatMap((a) => a.contributions.map((c) => [`${a.name}\u0000${c.targetCode}`, { activity: a.name, ...c }] as const)));
	const prevLinks = links(previous);
	const currLinks = links(current);
	const contributions: ContributionChange[] = [];
	for (const key of new Set([...prevLinks.keys(), ...currLinks.keys()])) {
		const b = prevLinks.get(key);
		const a = currLinks.get(key);
		if (b && a && b.direction === a.direction && b.strength === a.strength) continue;
		const { activity, targetCode } = (a ?? b)!;
		contributions.push({
			activity,
			targetCode,
			from: b ? { direction: b.direction, strength: b.strength } : null,
			to: a ? { direction: a.direction, strength: a.strength } : null
		});
	}
	contributions.sort((x, y) => x.activity.localeCompare(y.activity, 'sv') || compareTargetCodes(x.targetCode, y.targetCode));

	const count = (m: ComparableMapping) => {
		const c = new Map<string, number>();
		for (const x of m.challenges) c.set(x.text, (c.get(x.text) ?? 0) + 1);
		return c;
	};
	const prevChallenges = count(previous);
	const currChallenges = count(current);
	let challengesAdded = 0;
	let challengesRemoved = 0;
	for (const text of new Set([...prevChallenges.keys(), ...currChallenges.keys()])) {
		const d = (currChallenges.get(text) ?? 0) - (prevChallenges.get(text) ?? 0);
		if (d > 0) challengesAdded += d;
		else challengesRemoved -= d;
	}
	const docs = (m: ComparableMapping) => new Set(m.documents.map((d) => d.name));
	const prevDocs = docs(previous);
	const currDocs = docs(current);
	const sv = (a: string, b: string) => a.localeCompare(b, 'sv');

	const result = {
		relevance,
		activitiesAdded: [...currNames].filter((n) => !prevNames.has(n)).sort(sv),
		activitiesRemoved: [...prevNames].filter((n) => !currNames.has(n)).sort(sv),
		contributions,
		challengesAdded,
		challengesRemoved,
		documentsAdded: [...currDocs].filter((n) => !prevDocs.has(n)).sort(sv),
		documentsRemoved: [...prevDocs].filter((n) => !currDocs.has(n)).sort(sv)
	};
	const unchanged =
		!result.relevance.length &&
		!result.activitiesAdded.length &&
		!result.activitiesRemoved.length &&
		!result.contributions.length &&
		!challengesAdded &&
		!challengesRemoved &&
		!result.documentsAdded.length &&
		!result.documentsRemoved.length;
	return { ...result, unchanged };
}
