// The labels and stored values of the goal form, shared by the pages that create and change a goal.
import type { PriorityGoal } from '#lib/domain/steering.js';
import type { Translate } from '#lib/i18n/index.js';

export const goalLabels = (t: Translate) => ({
	title: t('steering.goal.title'),
	description: t('steering.goal.description'),
	focusAreaId: t('steering.goal.focusArea'),
	periodStart: t('steering.goal.periodStart'),
	periodEnd: t('steering.goal.periodEnd'),
	unitId: t('steering.goal.unit'),
	parentId: t('steering.goal.parent'),
	targets: t('steering.targets.field')
});

export const goalValues = (g: PriorityGoal): Record<string, string> => ({
	title: g.title,
	description: g.description ?? '',
	focusAreaId: g.focusAreaId ?? '',
	periodStart: g.periodStart === null ? '' : String(g.periodStart),
	periodEnd: g.periodEnd === null ? '' : String(g.periodEnd),
	unitId: g.unitId ?? '',
	parentId: g.parentId ?? '',
	targets: g.targetCodes.join(', ')
});
