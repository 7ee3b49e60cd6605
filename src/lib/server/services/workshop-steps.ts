// What the steps after the ratings show: the current unit's activities with target suggestions (chips
// that a person accepts or rejects), the proposals the participants made, and the group's counts per
// activity × target for the console. Proposals are inputs only; the agreed mapping changes when the
// processledare settles it.
import type { Activity, Contribution } from '#lib/domain/mapping.js';
import { currentStep, SUGGESTION_CHIPS, type ActivityProposal, type ChallengeNote, type ContributionProposal, type DocumentProposal, type Workshop } from '#lib/domain/workshop.js';
import { isDimension, type Dimension } from '#lib/domain/mapping.js';
import { targets } from '#lib/sdg/catalogue.js';
import { searchTargets } from '#lib/sdg/search.js';
import { suggestTargets } from '#lib/suggest/suggest.js';
import type { Db } from '../db/index.js';
import * as activities from '../repositories/activity.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import { scopeOf } from './workshop-items.js';

export interface Chip {
	code: string;
	rank: number;
	score: number;
}

/** The top suggestions for an activity's name and description, leaving out the targets it already links to. */
export function chipsFor(a: Pick<Activity, 'name' | 'description'>, linked: ReadonlySet<string>): Chip[] {
	return suggestTargets(`${a.name} ${a.description ?? ''}`, 'sv')
		.filter((s) => !linked.has(s.code))
		.slice(0, SUGGESTION_CHIPS)
		.map((s, i) => ({ code: s.code, rank: i + 1, score: Math.round(s.score * 10000) / 10000 }));
}

export const linkedTargets = (contributions: readonly Contribution[], activityId: string) =>
	new Set(contributions.filter((c) => c.activityId === activityId).map((c) => c.targetCode));

/** A participant's own link proposals, by activity, the latest per target. */
function proposalsOf(mine: readonly workshops.AuthoredInput[]) {
	const out: Record<string, Array<ContributionProposal & { targetCode: string }>> = {};
	for (const i of mine) {
		if (i.kind !== 'contribution') continue;
		const [activityId, targetCode] = i.subject.split(':') as [string, string];
		(out[activityId] ??= []).push({ ...(i.value as ContributionProposal), targetCode });
	}
	return out;
}

const MAX_HITS = 8;

/** Everything the participant's screen needs for the current step besides the ratings. */
export async function participantStepData(
	db: Db,
	w: Workshop,
	author: { authorUserId: string | null; authorGuestId: string | null },
	search?: { activityId: string; query: string }
) {
	const step = currentStep(w);
	const mine =
		step === 'activities' || step === 'challenges' || step === 'documents'
			? await workshops.inputsOfAuthor(db, w.organisationId, w.id, w.currentUnitId, { userId: author.authorUserId, guestId: author.authorGuestId })
			: [];
	const none = { activities: null, search: null, proposedActivities: [] as ActivityProposal[], notes: null, documents: null };
	if (step === 'challenges') return { ...none, notes: notesOf(mine) };
	if (step === 'documents') {
		const list = await documents.listDocuments(db, scopeOf(w));
		return {
			...none,
			documents: {
				existing: list.map(({ id, name, type, url, targetCodes }) => ({ id, name, type, url, targetCodes })),
				mine: documentProposalsOf(mine)
			}
		};
	}
	if (step !== 'activities') return none;
	const scope = scopeOf(w);
	const [list, agreed] = await Promise.all([activities.listActivities(db, scope), activities.listContributions(db, scope)]);
	const proposals = proposalsOf(mine);
	const cards = list.map((a) => {
		const decided = new Set((proposals[a.id] ?? []).map((p) => p.targetCode));
		return {
			id: a.id,
			name: a.name,
			description: a.description,
			agreed: agreed.filter((c) => c.activityId === a.id).map(({ targetCode, direction, strength, directness }) => ({ targetCode, direction, strength, directness })),
			chips: chipsFor(a, linkedTargets(agreed, a.id)).filter((c) => !decided.has(c.code)),
			mine: (proposals[a.id] ?? []).filter((p) => p.decision === 'accepted')
		};
	});
	const searched = search && list.some((a) => a.id === search.activityId) ? search : null;
	return {
		activities: cards,
		search: searched
			? { activityId: searched.activityId, query: searched.query, codes: searchTargets(targets(), searched.query, 'sv').slice(0, MAX_HITS).map((h) => h.target.code) }
			: null,
		proposedActivities: mine.filter((i) => i.kind === 'activity').map((i) => i.value as ActivityProposal),
		notes: null,
		documents: null
	};
}

export interface ProposalCount {
	targetCode: string;
	bidrar: number;
	motverkar: number;
	rejected: number;
	/** Mean strength of the proposals that link the target (null: none do). */
	meanStrength: number | null;
}

/** Per activity and target: how many proposed bidrar / motverkar, how many rejected, and the mean strength. */
export function countProposals(answers: readonly workshops.CurrentAnswer[]): Record<string, ProposalCount[]> {
	const by = new Map<string, ProposalCount & { sum: number }>();
	for (const a of answers) {
		const v = a.value as ContributionProposal | null;
		if (!v) continue;
		const row = by.get(a.subject) ?? { targetCode: a.subject.split(':')[1]!, bidrar: 0, motverkar: 0, rejected: 0, meanStrength: null, sum: 0 };
		if (v.decision === 'rejected') row.rejected++;
		else {
			row[v.direction]++;
			row.sum += v.strength;
		}
		by.set(a.subject, row);
	}
	const out: Record<string, ProposalCount[]> = {};
	for (const [subject, { sum, ...row }] of by) {
		const n = row.bidrar + row.motverkar;
		(out[subject.split(':')[0]!] ??= []).push({ ...row, meanStrength: n ? Math.round((sum / n) * 10) / 10 : null });
	}
	for (const list of Object.values(out)) list.sort((a, b) => b.bidrar + b.motverkar - (a.bidrar + a.motverkar) || a.targetCode.localeCompare(b.targetCode));
	return out;
}

export interface BoardNote extends ChallengeNote {
	id: string;
	dimension: Dimension;
}

/** Challenge notes (kind 'challenge', subject "<dimension>:<note id>"), oldest first, without their authors. */
export function notesOf(answers: ReadonlyArray<{ kind?: string; subject: string; value: unknown; seq: number }>): BoardNote[] {
	return answers
		.filter((a) => (a.kind ?? 'challenge') === 'challenge')
		.map((a) => {
			const [dimension, id] = a.subject.split(':') as [string, string];
			return { seq: a.seq, note: { ...(a.value as ChallengeNote), id, dimension: dimension as Dimension } };
		})
		.filter((n) => isDimension(n.note.dimension))
		.sort((x, y) => x.seq - y.seq)
		.map((n) => n.note);
}

/** Document proposals (kind 'document'; subject: the new proposal's id, or the existing document's), oldest first. */
export function documentProposalsOf(answers: ReadonlyArray<{ kind?: string; subject: string; value: unknown; seq: number }>): Array<DocumentProposal & { subject: string }> {
	return answers
		.filter((a) => (a.kind ?? 'document') === 'document')
		.sort((x, y) => x.seq - y.seq)
		.map((a) => ({ ...(a.value as DocumentProposal), subject: a.subject }));
}
