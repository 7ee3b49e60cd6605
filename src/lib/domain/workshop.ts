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
