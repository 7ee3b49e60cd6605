// The handlingsplan: the list of plans, a plan's overview (measures × units, status per follow-up point,
// what is late, what one's units owe), a measure's page and form, follow-up entries, closing, copying and
// the export's columns.
export const sv = {


	'plan.measure.title': 'Rubrik',
	'plan.measure.description': 'Beskrivning',
	'plan.measure.localTarget': 'Lokalt mål (kvantifierat)',
	'plan.measure.targets': 'Delmål i Agenda 2030',


	'plan.status.ejPaborjad': 'Ej påbörjad',
	'plan.status.pagar': 'Pågår',
	'plan.status.genomford': 'Genomförd',
	'plan.status.avbruten': 'Avbruten',
	'plan.status.forsenad': 'Försenad',

	'plan.error.closed': 'Handlingsplanen är stängd och kan inte ändras.',
	'plan.error.conflict': 'Någon annan ändrade åtgärden innan du sparade. Det som gäller nu visas nedan; ditt förslag finns kvar i formuläret. Jämför och spara igen.',
	'plan.conflict.measure': 'Åtgärd {number}',
	'plan.error.unitNotOnMeasure': '{unit} tar inte på sig åtgärd {number} och kan därför inte följa upp den.',
	'plan.error.activity': 'Välj bara aktiviteter som hör till enheter som tar på sig åtgärden.',
	'plan.error.indicator': 'Ange bara värden för nyckeltal som åtgärden följer.',
	'plan.error.reference': 'Det valda finns inte i organisationen.',
	'plan.error.period': 'Perioden kan inte sluta före det år den börjar.',
	'plan.error.date': 'Skriv datumet som ÅÅÅÅ-MM-DD.',
	'plan.error.status': 'Välj en status.',
	'plan.error.completion': 'Skriv ett heltal från 0 till 100.',

	'plan.column.number': 'Nr',
	'plan.column.measure': 'Åtgärd',
	'plan.column.targets': 'Delmål',
	'plan.column.localTarget': 'Lokalt mål',
	'plan.column.unit': 'Enhet',
	'plan.column.status': 'Status {point}',
	'plan.column.completion': 'Genomfört {point} (%)',
	'plan.export.filename': 'Handlingsplan',
	'plan.export.sheet': 'Handlingsplan',
};

export const en: Record<keyof typeof sv, string> = {


	'plan.measure.title': 'Title',
	'plan.measure.description': 'Description',
	'plan.measure.localTarget': 'Local target (quantified)',
	'plan.measure.targets': 'Agenda 2030 targets',


	'plan.status.ejPaborjad': 'Not started',
	'plan.status.pagar': 'In progress',
	'plan.status.genomford': 'Completed',
	'plan.status.avbruten': 'Cancelled',
	'plan.status.forsenad': 'Delayed',

	'plan.error.closed': 'The action plan is closed and cannot be changed.',
	'plan.error.conflict': 'Someone else changed the measure before you saved. What holds now is shown below; your proposal is still in the form. Compare and save again.',
	'plan.conflict.measure': 'Measure {number}',
	'plan.error.unitNotOnMeasure': '{unit} does not take on measure {number} and so cannot follow it up.',
	'plan.error.activity': 'Choose only activities of units that take on the measure.',
	'plan.error.indicator': 'Give values only for indicators the measure follows.',
	'plan.error.reference': 'What was chosen does not exist in the organisation.',
	'plan.error.period': 'The period cannot end before the year it starts.',
	'plan.error.date': 'Write the date as YYYY-MM-DD.',
	'plan.error.status': 'Choose a status.',
	'plan.error.completion': 'Write a whole number from 0 to 100.',

	'plan.column.number': 'No.',
	'plan.column.measure': 'Measure',
	'plan.column.targets': 'Targets',
	'plan.column.localTarget': 'Local target',
	'plan.column.unit': 'Unit',
	'plan.column.status': 'Status {point}',
	'plan.column.completion': 'Done {point} (%)',
	'plan.export.filename': 'Action plan',
	'plan.export.sheet': 'Action plan',
};
