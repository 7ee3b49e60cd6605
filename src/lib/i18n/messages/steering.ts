// The municipality's own steering: focus areas, prioritised goals, indicators, outcomes, judgements.
export const sv = {
	'steering.error.number': 'Skriv ett tal, till exempel 75 eller 1,5.',
	'steering.error.year': 'Skriv ett årtal med fyra siffror, till exempel 2023.',
	'steering.error.targets': 'Ange delmål i Agenda 2030 med sina nummer, till exempel 11.2 eller 3.6, åtskilda med komma.',
	'steering.error.kpi': 'Ett nyckeltal i Kolada har ett id som N15436 eller U07451: en bokstav och fem siffror.',
	'steering.error.period': 'Periodens slutår kan inte ligga före startåret.',
	'steering.error.targetYearTwice': 'Varje år kan bara ha ett målvärde.',
	'steering.error.kind': 'Välj om indikatorn är styrande eller stödjande.',
	'steering.error.direction': 'Välj om ett högre eller ett lägre värde är bättre.',
	'steering.error.source': 'Ange ett nyckeltal i Kolada eller namnet på en annan källa.',
	'steering.error.level': 'Välj en bedömning av måluppfyllelsen.',
	'steering.error.focusArea': 'Fokusområdet finns inte (längre) i organisationen.',
	'steering.error.goal': 'Det prioriterade målet finns inte (längre) i organisationen.',
	'steering.error.unit': 'Enheten finns inte i organisationen.',
	'steering.error.parent': 'Välj ett överordnat fokusområde eller mål på översta nivån, inte det du redigerar eller ett av dess egna.',
	'steering.error.indicator': 'Indikatorn finns inte (längre) i organisationen.',
	'steering.sdg.followedIn': 'Följs i {organisation}',
	'steering.sdg.goal': 'Prioriterat mål:',
	'steering.sdg.indicator': 'Indikator:'
};

export const en: Record<keyof typeof sv, string> = {
	'steering.error.number': 'Type a number, for example 75 or 1.5.',
	'steering.error.year': 'Type a four-digit year, for example 2023.',
	'steering.error.targets': 'Give Agenda 2030 targets by their numbers, for example 11.2 or 3.6, separated by commas.',
	'steering.error.kpi': 'A Kolada KPI has an id like N15436 or U07451: one letter and five digits.',
	'steering.error.period': 'The period cannot end before it starts.',
	'steering.error.targetYearTwice': 'Each year can have only one target value.',
	'steering.error.kind': 'Choose whether the indicator is steering or supporting.',
	'steering.error.direction': 'Choose whether a higher or a lower value is better.',
	'steering.error.source': 'Give a Kolada KPI or the name of another source.',
	'steering.error.level': 'Choose a judgement of goal fulfilment.',
	'steering.error.focusArea': 'The focus area does not exist (any more) in the organisation.',
	'steering.error.goal': 'The prioritised goal does not exist (any more) in the organisation.',
	'steering.error.unit': 'The unit does not exist in the organisation.',
	'steering.error.parent': 'Choose a parent focus area or goal at the top level, not the one you are editing or one of its own.',
	'steering.error.indicator': 'The indicator does not exist (any more) in the organisation.',
	'steering.sdg.followedIn': 'Followed in {organisation}',
	'steering.sdg.goal': 'Prioritised goal:',
	'steering.sdg.indicator': 'Indicator:'
};
