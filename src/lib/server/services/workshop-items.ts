// What a workshop step asks about and how the group answered: the subjects of the current step for the
// current unit, each subject's distribution of levels (counts only, never who), and the agreed values.
import { relevanceLevels, targetStepLevels, type RelevanceLevel, type Relevance } from '#lib/domain/mapping.js';
import { currentStep, stepInputKinds, type Workshop } from '#lib/domain/workshop.js';
import { goals, targets } from '#lib/sdg/catalogue.js';
import type { Db } from '../db/index.js';
import { listRelevance } from '../repositories/mapping.repository.js';
import * as workshops from '../repositories/workshop.repository.js';

export type Distribution = Record<string, Record<RelevanceLevel, number>>;

export interface StepState {
	step: ReturnType<typeof currentStep>;
	kind: 'goal_relevance' | 'target_relevance' | null;
	/** Goal numbers or target codes, in catalogue order. */
	subjects: string[];
	agreed: Relevance[];
	/** Goals whose targets the target step covers. */
	targetGoals: number[];
}

export const emptyCounts = (): Record<RelevanceLevel, number> => Object.fromEntries(relevanceLevels.map((l) => [l, 0])) as Record<RelevanceLevel, number>;

export function scopeOf(w: Workshop) {
	return { organisationId: w.organisationId, cycleId: w.cycleId, unitId: w.currentUnitId };
}

export async function stepState(db: Db, w: Workshop): Promise<StepState> {
	const step = currentStep(w);
	const kind = stepInputKinds[step] ?? null;
	const agreed = await listRelevance(db, scopeOf(w));
	const targetGoals = [
		...new Set([...agreed.filter((r) => r.kind === 'goal' && targetStepLevels.includes(r.level)).map((r) => Number(r.code)), ...w.extraGoals])
	].sort((a, b) => a - b);
	const subjects =
		kind === 'goal_relevance'
			? goals().map((g) => String(g.number))
			: kind === 'target_relevance'
				? targetGoals.flatMap((g) => targets(g).map((t) => t.code))
				: [];
	return { step, kind, subjects, agreed, targetGoals };
}

/** Counts per subject and level of the participants' current answers, and how many people answered. */
export async function distribution(db: Db, w: Workshop, kind: string, subjects: readonly string[]): Promise<{ counts: Distribution; answered: number }> {
	const answers = await workshops.currentAnswers(db, w.organisationId, w.id, w.currentUnitId, kind);
	const counts: Distribution = Object.fromEntries(subjects.map((s) => [s, emptyCounts()]));
	const authors = new Set<string>();
	for (const a of answers) {
		const level = (a.value as { level?: RelevanceLevel } | null)?.level;
		const row = counts[a.subject];
		if (!row || !level || !(level in row)) continue;
		row[level]++;
		authors.add(a.author);
	}
	return { counts, answered: authors.size };
}

/** Wide disagreement: answers spread over levels two or more steps apart (e.g. låg and hög). */
export function disagreement(c: Record<RelevanceLevel, number>): boolean {
	const scale: RelevanceLevel[] = ['ej_relevant', 'låg', 'medel', 'hög'];
	const used = scale.map((l, i) => (c[l] > 0 ? i : -1)).filter((i) => i >= 0);
	return used.length > 1 && Math.max(...used) - Math.min(...used) >= 2;
}
