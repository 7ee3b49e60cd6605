// The organisation's export: the samordnare's download page and its link in the navigation.
export const sv = {
	'transfer.nav': 'Data',
	'transfer.title': 'Organisationens data',
	'transfer.intro':
		'Ladda ner hela organisationen som en JSON-fil: enheter, medlemmar (namn och e-post, inga lösenord), kartläggningar, workshoppar, samspel, rådets ärenden, styrmodell, indikatorer, handlingsplaner och rapporter. Filen kan användas som säkerhetskopia eller läsas in i en annan installation.',
	'transfer.download': 'Ladda ner organisationen (JSON)',
	'transfer.format.heading': 'Filens format',
	'transfer.format.text': 'Filen har fälten format och version, och varje tabells rader med sina id:n i fast ordning.',
	'transfer.format.schema': 'JSON Schema för filen',
	'transfer.import.text': 'Den som driver installationen läser in filen i en installation som inte redan har organisationen, med kommandot npm run cli -- org import <fil.json>.'
} as const;

export const en: Record<keyof typeof sv, string> = {
	'transfer.nav': 'Data',
	'transfer.title': 'The organisation’s data',
	'transfer.intro':
		'Download the whole organisation as one JSON file: units, members (names and e-mail addresses, no passwords), mappings, workshops, interactions, council items, steering model, indicators, action plans and reports. The file serves as a backup or can be read into another installation.',
	'transfer.download': 'Download the organisation (JSON)',
	'transfer.format.heading': 'The file’s format',
	'transfer.format.text': 'The file has the fields format and version, and each table’s rows with their ids in a fixed order.',
	'transfer.format.schema': 'JSON Schema of the file',
	'transfer.import.text': 'Whoever runs the installation reads the file into an installation that does not hold the organisation yet, with the command npm run cli -- org import <file.json>.'
};
