// The organisation's grouping of the goals into the social, ecological and economic dimensions.
export const sv = {
	'dimensions.error.goal': 'Ange de globala målen med sina nummer, 1–17.',
	'dimensions.error.missing': 'Varje globalt mål måste höra till minst en dimension: Social, Ekologisk eller Ekonomisk.',
	'dimensions.error.shape': 'Ange målen för Social, Ekologisk och Ekonomisk, och inget annat.',
	'dimensions.error.goalMissing': 'Välj minst en dimension för det här målet.',
	'dimensions.title': 'Hållbarhetsdimensioner',
	'dimensions.intro':
		'Välj vilka globala mål som hör till varje hållbarhetsdimension: Social, Ekologisk och Ekonomisk. Ett mål kan höra till flera dimensioner. Rådsvyn summerar täckningen per dimension efter den här indelningen.',
	'dimensions.status.default': 'Organisationen använder standardindelningen.',
	'dimensions.status.own': 'Organisationen använder en egen indelning.',
	'dimensions.form.heading': 'Målens dimensioner',
	'dimensions.save': 'Spara indelningen',
	'dimensions.reset.heading': 'Standardindelningen',
	'dimensions.reset.hint':
		'Standardindelningen är Stockholm Resilience Centres ”bröllopstårta” (wedding cake): ekologisk {ekologisk}; social {social}; ekonomisk {ekonomisk}. Mål 17 hör till alla tre.',
	'dimensions.reset': 'Återställ standardindelningen',
	'dimensions.notice.saved': 'Indelningen är sparad. Rådsvyn räknar dimensionerna efter den.',
	'dimensions.notice.reset': 'Standardindelningen gäller igen.'
} as const;

export const en: Record<keyof typeof sv, string> = {
	'dimensions.error.goal': 'Give the global goals by their numbers, 1–17.',
	'dimensions.error.missing': 'Every global goal must belong to at least one dimension: Social, Ecological or Economic.',
	'dimensions.error.shape': 'Give the goals for Social, Ecological and Economic, and nothing else.',
	'dimensions.error.goalMissing': 'Choose at least one dimension for this goal.',
	'dimensions.title': 'Sustainability dimensions',
	'dimensions.intro':
		'Choose which global goals belong to each sustainability dimension: Social, Ecological and Economic. A goal may belong to several dimensions. The council view sums coverage per dimension by this grouping.',
	'dimensions.status.default': 'The organisation uses the default grouping.',
	'dimensions.status.own': 'The organisation uses its own grouping.',
	'dimensions.form.heading': 'The goals’ dimensions',
	'dimensions.save': 'Save the grouping',
	'dimensions.reset.heading': 'The default grouping',
	'dimensions.reset.hint':
		'The default grouping is the Stockholm Resilience Centre’s “wedding cake”: ecological {ekologisk}; social {social}; economic {ekonomisk}. Goal 17 belongs to all three.',
	'dimensions.reset': 'Restore the default grouping',
	'dimensions.notice.saved': 'The grouping is saved. The council view sums the dimensions by it.',
	'dimensions.notice.reset': 'The default grouping applies again.'
};
