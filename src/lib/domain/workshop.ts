// Workshops: the steps in the Hallstahammar/SIS order, their statuses, and join codes people can read aloud.
export const workshopSteps = ['intro', 'goals', 'targets', 'activities', 'challenges', 'documents', 'summary'] as const;
export type WorkshopStep = (typeof workshopSteps)[number];

export const workshopStatuses = ['planned', 'open', 'closed'] as const;
export type WorkshopStatus = (typeof workshopStatuses)[number];

export const isWorkshopStep = (v: unknown): v is WorkshopStep => (workshopSteps as readonly unknown[]).includes(v);
export const isWorkshopStatus = (v: unknown): v is WorkshopStatus => (workshopStatuses as readonly unknown[]).includes(v);

/** The chosen steps, kept in the standard order whatever order they were ticked in. */
export function orderSteps(chosen: readonly string[]): WorkshopStep[] {
	return workshopSteps.filter((s) => chosen.includes(s));
}

/** The input kind a step collects, when it collects ratings. */
export const stepInputKinds: Partial<Record<WorkshopStep, 'goal_relevance' | 'target_relevance'>> = {
	goals: 'goal_relevance',
	targets: 'target_relevance'
};

export const workshopStepLabelKeys = {
	intro: 'workshop.step.intro',
	goals: 'workshop.step.goals',
	targets: 'workshop.step.targets',
	activities: 'workshop.step.activities',
	challenges: 'workshop.step.challenges',
	documents: 'workshop.step.documents',
	summary: 'workshop.step.summary'
} as const satisfies Record<WorkshopStep, string>;

export const workshopStatusLabelKeys = {
	planned: 'workshop.status.planned',
	open: 'workshop.status.open',
	closed: 'workshop.status.closed'
} as const satisfies Record<WorkshopStatus, string>;

/** No 0/O, 1/I/L: nothing that reads as something else on a wall or a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
	const out: string[] = [];
	while (out.length < JOIN_CODE_LENGTH) {
		for (const b of random(JOIN_CODE_LENGTH * 2)) {
			// 248 = 8 × 31: bytes above it would favour the first letters.
			if (b < 248 && out.length < JOIN_CODE_LENGTH) out.push(JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]!);
		}
	}
	return out.join('');
}

/** What people type: any case, spaces or dashes between groups. Returns null when it cannot be a code. */
export function normaliseJoinCode(typed: string): string | null {
	const code = typed.normalize('NFKC').replace(/[\s\-–.]+/g, '').toUpperCase();
	if (code.length < JOIN_CODE_LENGTH || code.length > 12) return null;
	for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
	return code;
}

/** "ABC DEF": easier to read from the back of the room. */
export function formatJoinCode(code: string): string {
	return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export interface Workshop {
	id: string;
	organisationId: string;
	cycleId: string;
	name: string;
	steps: WorkshopStep[];
	stepIndex: number;
	currentUnitId: string;
	extraGoals: number[];
	showResults: boolean;
	status: WorkshopStatus;
	joinCode: string;
	seq: number;
	createdAt: Date;
}

export function currentStep(w: Pick<Workshop, 'steps' | 'stepIndex'>): WorkshopStep {
	return w.steps[Math.min(w.stepIndex, w.steps.length - 1)] ?? 'intro';
}

/** The inputs of the steps after the ratings: each is one row of its kind, the latest per subject counting. */
export const stepNoteKinds = ['contribution', 'activity', 'challenge', 'document'] as const;
export type StepNoteKind = (typeof stepNoteKinds)[number];
export const isStepNoteKind = (v: unknown): v is StepNoteKind => (stepNoteKinds as readonly unknown[]).includes(v);

export const suggestionDecisions = ['accepted', 'rejected'] as const;
export type SuggestionDecision = (typeof suggestionDecisions)[number];

/** Where a proposed link came from: a suggestion chip, the target search, or an edit of one's own link. */
export const proposalSources = ['suggestion', 'search', 'edit'] as const;
export type ProposalSource = (typeof proposalSources)[number];

/** How many suggestion chips an activity card shows. */
export const SUGGESTION_CHIPS = 5;

/** A participant's view of an activity → target link (kind 'contribution', subject "<activity>:<target>"). */
export interface ContributionProposal {
	decision: SuggestionDecision;
	direction: 'bidrar' | 'motverkar';
	strength: 1 | 2 | 3;
	directness: 'direkt' | 'indirekt';
	motivation: string | null;
	source: ProposalSource;
	/** The chip's place among the suggestions and its score, when it came from one. */
	rank?: number;
	score?: number;
	lang?: 'sv' | 'en';
}

/** A new activity a participant proposes (kind 'activity', subject: the proposal's id). */
export interface ActivityProposal {
	name: string;
	description: string | null;
}

/** A sticky note on the challenges board (kind 'challenge', subject "<dimension>:<note id>"). */
export interface ChallengeNote {
	kind: 'utmaning' | 'möjlighet';
	text: string;
	targetCode: string | null;
}

/** A steering document proposed, or targets added to an existing one (kind 'document', subject: its id). */
export interface DocumentProposal {
	name: string;
	type: 'policy' | 'strategi' | 'program' | 'plan' | 'handlingsplan' | 'riktlinje' | 'rutin';
	url: string | null;
	targetCodes: string[];
	/** True when the subject is a document the unit already has. */
	existing: boolean;
}

export type StepNoteValue = ContributionProposal | ActivityProposal | ChallengeNote | DocumentProposal;

export const suggestionDecisionLabelKeys = {
	accepted: 'workshop.suggest.accept',
	rejected: 'workshop.suggest.reject'
} as const satisfies Record<SuggestionDecision, string>;
