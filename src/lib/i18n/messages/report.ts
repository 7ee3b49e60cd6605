// The nulägesanalys: the report builder, its versions, exports and publication.
export const sv = {};

export const en: Record<keyof typeof sv, string> = {};
