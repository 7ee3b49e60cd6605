// The summary step: what one participant contributed for the current unit in this workshop (their latest
// input per subject, every kind, with activity names resolved), what the group agreed for the unit (goals and
// targets agreed medel or hög, contributions, the board, the documents), and the unit's map for the wall —
// which goals and targets the unit finds relevant and contributes to. Never anyone else's name.
import { targetStepLevels, type ChallengeKind, type Dimension, type Direction, type Directness, type DocumentType, type RelevanceLevel, type Strength } from '#lib/domain/mapping.js';
import type { ActivityProposal, ChallengeNote, ContributionProposal, DocumentProposal, SuggestionDecision, Workshop } from '#lib/domain/workshop.js';
import { targets as allTargets } from '#lib/sdg/catalogue.js';
import type { Db } from '../db/index.js';
import * as activities from '../repositories/activity.repository.js';
import * as challenges from '../repositories/challenge.repository.js';
import * as documents from '../repositories/document.repository.js';
import { listRelevance } from '../repositories/mapping.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import { scopeOf } from './workshop-items.js';

export type MineEntry =
	| { kind: 'goal'; goal: number; level: RelevanceLevel }
	| { kind: 'target'; code: string; level: RelevanceLevel }
	| { kind: 'contribution'; activity: string; code: string; decision: SuggestionDecision; direction: Direction; strength: Strength; directness: Directness }
	| { kind: 'activity'; name: string }
	| { kind: 'challenge'; dimension: Dimension; noteKind: ChallengeKind; text: string }
	| { kind: 'document'; name: string; type: DocumentType; targetCodes: string[] };

/** Catalogue order of target codes (1.1 … 1.b, 2.1 …). */
let targetRank: Map<string, number> | undefined;
function compareTargetCodes(a: string, b: string): number {
	targetRank ??= new Map(allTargets().map((t, i) => [t.code, i]));
	return (targetRank.get(a) ?? 1e6) - (targetRank.get(b) ?? 1e6);
}

const order = ['goal_relevance', 'target_relevance', 'contribution', 'activity', 'challenge', 'document'];

/** One participant's latest inputs for the workshop's current unit, in the order of the steps. */
export async function mineForSummary(db: Db, w: Workshop, author: { authorUserId: string | null; authorGuestId: string | null }): Promise<MineEntry[]> {
	const [mine, list] = await Promise.all([
		workshops.inputsOfAuthor(db, w.organisationId, w.id, w.currentUnitId, { userId: author.authorUserId, guestId: author.authorGuestId }),
		activities.listActivities(db, scopeOf(w))
	]);
	const names = new Map(list.map((a) => [a.id, a.name]));
	const sorted = [...mine].sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || x.seq - y.seq);
	const out: MineEntry[] = [];
	for (const i of sorted) {
		const v = i.value as Record<string, unknown>;
		switch (i.kind) {
			case 'goal_relevance':
				out.push({ kind: 'goal', goal: Number(i.subject), level: v.level as RelevanceLevel });
				break;
			case 'target_relevance':
				out.push({ kind: 'target', code: i.subject, level: v.level as RelevanceLevel });
				break;
			case 'contribution': {
				const [activityId, code] = i.subject.split(':') as [string, string];
				const c = v as unknown as ContributionProposal;
				const activity = names.get(activityId);
				if (activity) out.push({ kind: 'contribution', activity, code, decision: c.decision, direction: c.direction, strength: c.strength, directness: c.directness });
				break;
			}
			case 'activity':
				out.push({ kind: 'activity', name: (v as unknown as ActivityProposal).name });
				break;
			case 'challenge': {
				const n = v as unknown as ChallengeNote;
				out.push({ kind: 'challenge', dimension: i.subject.split(':')[0] as Dimension, noteKind: n.kind, text: n.text });
				break;
			}
			case 'document': {
				const d = v as unknown as DocumentProposal;
				out.push({ kind: 'document', name: d.name, type: d.type, targetCodes: d.targetCodes });
				break;
			}
		}
	}
	return out;
}

/** The unit's agreed mapping as the summary shows it: what the group settled, never who. */
export async function agreedForSummary(db: Db, w: Workshop) {
	const scope = scopeOf(w);
	const [relevance, list, contributions, board, docs] = await Promise.all([
		listRelevance(db, scope),
		activities.listActivities(db, scope),
		activities.listContributions(db, scope),
		challenges.listChallenges(db, scope),
		documents.listDocuments(db, scope)
	]);
	const names = new Map(list.map((a) => [a.id, a.name]));
	const relevant = relevance.filter((r) => targetStepLevels.includes(r.level));
	return {
		goals: relevant
			.filter((r) => r.kind === 'goal')
			.map((r) => ({ goal: Number(r.code), level: r.level }))
			.sort((a, b) => a.goal - b.goal),
		targets: relevant
			.filter((r) => r.kind === 'target')
			.map((r) => ({ code: r.code, level: r.level }))
			.sort((a, b) => compareTargetCodes(a.code, b.code)),
		contributions: contributions
			.map((c) => ({ activity: names.get(c.activityId) ?? '', code: c.targetCode, direction: c.direction, strength: c.strength, directness: c.directness }))
			.sort((a, b) => a.activity.localeCompare(b.activity, 'sv') || compareTargetCodes(a.code, b.code)),
		challenges: board.map((c) => ({ dimension: c.dimension, kind: c.kind, text: c.text })),
		documents: docs.map((d) => ({ name: d.name, type: d.type, targetCodes: d.targetCodes }))
	};
}

export interface MapGoal {
	goal: number;
	/** The goal's agreed relevance when medel or hög; null when only its targets put it on the map. */
	level: RelevanceLevel | null;
	targets: Array<{ code: string; level: RelevanceLevel | null; contributes: boolean }>;
}

/** The unit's map for the wall: goals agreed medel/hög, and the targets agreed medel/hög or contributed to, under their goal. */
export async function unitMap(db: Db, w: Workshop): Promise<MapGoal[]> {
	const scope = scopeOf(w);
	const [relevance, contributions] = await Promise.all([listRelevance(db, scope), activities.listContributions(db, scope)]);
	const relevant = relevance.filter((r) => targetStepLevels.includes(r.level));
	const goals = new Map<number, MapGoal>();
	const goalOf = (n: number) => goals.get(n) ?? goals.set(n, { goal: n, level: null, targets: [] }).get(n)!;
	for (const r of relevant) if (r.kind === 'goal') goalOf(Number(r.code)).level = r.level;
	const targetLevels = new Map(relevant.filter((r) => r.kind === 'target').map((r) => [r.code, r.level]));
	const contributed = new Set(contributions.filter((c) => c.direction === 'bidrar').map((c) => c.targetCode));
	for (const code of new Set([...targetLevels.keys(), ...contributed])) {
		goalOf(Number(code.split('.')[0])).targets.push({ code, level: targetLevels.get(code) ?? null, contributes: contributed.has(code) });
	}
	for (const g of goals.values()) g.targets.sort((a, b) => compareTargetCodes(a.code, b.code));
	return [...goals.values()].sort((a, b) => a.goal - b.goal);
}
