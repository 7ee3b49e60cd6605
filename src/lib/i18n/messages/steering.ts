// The municipality's own steering: focus areas, prioritised goals, indicators, outcomes, judgements.
export const sv = {};

export const en: Record<keyof typeof sv, string> = {};
