// The handlingsplan's vocabulary: follow-up statuses, their labels, and which of them still owe work.
export const followUpStatuses = ['ej_påbörjad', 'pågår', 'genomförd', 'avbruten', 'försenad'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const planStatuses = ['open', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** i18n keys written out so the catalogue test sees them used. */
export const followUpStatusLabelKeys = {
	ej_påbörjad: 'plan.status.ejPaborjad',
	pågår: 'plan.status.pagar',
	genomförd: 'plan.status.genomford',
	avbruten: 'plan.status.avbruten',
	försenad: 'plan.status.forsenad'
} as const satisfies Record<FollowUpStatus, string>;

/** A measure is closed once every unit's latest entry says it is done or stopped; anything else carries over. */
export function isFinished(status: FollowUpStatus | null): boolean {
	return status === 'genomförd' || status === 'avbruten';
}

/** The default follow-up points of a year's plan: at the interim and the annual accounts. */
export function defaultPoints(year: number): Array<{ name: string; dueOn: string }> {
	return [
		{ name: 'Delår', dueOn: `${year}-08-31` },
		{ name: 'Helår', dueOn: `${year}-12-31` }
	];
}
