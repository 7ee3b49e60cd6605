// The nulägesanalys' fixed parts, shared by the server's model and the pages: its sections in order and
// the scopes a conclusion is written for (the three dimensions and overall).
export const sectionIds = ['method', 'steering', 'mapping', 'findings', 'statistics', 'challenges', 'conclusions', 'annexes'] as const;
export type SectionId = (typeof sectionIds)[number];
export const conclusionScopes = ['social', 'ekologisk', 'ekonomisk', 'overall'] as const;
export type ConclusionScope = (typeof conclusionScopes)[number];
