// The organisation's grouping of the goals into the social, ecological and economic dimensions.
export const sv = {
	'dimensions.error.goal': 'Ange de globala målen med sina nummer, 1–17.',
	'dimensions.error.missing': 'Varje globalt mål måste höra till minst en dimension: Social, Ekologisk eller Ekonomisk.',
	'dimensions.error.shape': 'Ange målen för Social, Ekologisk och Ekonomisk, och inget annat.'
} as const;

export const en: Record<keyof typeof sv, string> = {
	'dimensions.error.goal': 'Give the global goals by their numbers, 1–17.',
	'dimensions.error.missing': 'Every global goal must belong to at least one dimension: Social, Ecological or Economic.',
	'dimensions.error.shape': 'Give the goals for Social, Ecological and Economic, and nothing else.'
};
