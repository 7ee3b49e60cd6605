// The i18n keys of the steering words, written out so the catalogue test sees each one used.
import type { Direction, Gender, IndicatorKind, JudgementLevel } from '#lib/domain/steering.js';

export const judgementKeys = {
	uppfyllt: 'steering.judgement.uppfyllt',
	delvis: 'steering.judgement.delvis',
	ej_uppfyllt: 'steering.judgement.ej_uppfyllt',
	kan_ej_bedomas: 'steering.judgement.kan_ej_bedomas'
} as const satisfies Record<JudgementLevel, string>;

export const kindKeys = { styrande: 'steering.kind.styrande', stödjande: 'steering.kind.stodjande' } as const satisfies Record<IndicatorKind, string>;

export const directionKeys = { higher: 'steering.direction.higher', lower: 'steering.direction.lower' } as const satisfies Record<Direction, string>;

export const genderKeys = { T: 'steering.gender.T', K: 'steering.gender.K', M: 'steering.gender.M' } as const satisfies Record<Gender, string>;
