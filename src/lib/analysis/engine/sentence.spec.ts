import { describe, expect, it } from 'vitest';
import { messages } from '#lib/i18n/catalogue.js';
import { describeFinding, englishGenitive, findingKindLabelKeys, findingTypeLabelKeys, formatList, swedishGenitive } from './sentence.js';

describe('swedishGenitive', () => {
	it.each([
		['Socialnämnden', 'Socialnämndens'],
		['Kultur- och fritidsnämnden', 'Kultur- och fritidsnämndens'],
		['Miljö- och byggnadsnämnden', 'Miljö- och byggnadsnämndens'],
		['Kommunstyrelsen', 'Kommunstyrelsens'],
		['Alingsås', 'Alingsås'],
		['Räddningstjänsten Mitt Ax', 'Räddningstjänsten Mitt Ax'],
		['Ekonomi-Fritz', 'Ekonomi-Fritz'],
		['Tunabyggen AB', 'Tunabyggen AB:s'],
		['Borlänge Energi', 'Borlänge Energis'],
		['Skola 2', 'Skola 2:s'],
		['  Socialnämnden ', 'Socialnämndens'],
		['', '']
	])('%s → %s', (name, genitive) => {
		expect(swedishGenitive(name)).toBe(genitive);
	});
});

describe('englishGenitive', () => {
	it('adds ’s, or only ’ after s', () => {
		expect(englishGenitive('Socialnämnden')).toBe('Socialnämnden’s');
		expect(englishGenitive('Alingsås')).toBe('Alingsås’');
	});
});

describe('formatList', () => {
	it('joins with "och" in Swedish and "and" in English, without a serial comma in Swedish', () => {
		expect(formatList('sv', ['A', 'B', 'C'])).toBe('A, B och C');
		expect(formatList('sv', ['A', 'B'])).toBe('A och B');
		expect(formatList('sv', ['A'])).toBe('A');
		expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B and C');
	});
});

describe('describeFinding', () => {
	it('fills list, number and genitive parameters', () => {
		const sentence = describeFinding(
			{ message: { key: 'finding.conflict.activity', params: { unit: 'Kultur- och fritidsnämnden', activity: 'Sommarlov', from: '3.4', to: '13.1' } } },
			'sv'
		);
		expect(sentence).toBe('Kultur- och fritidsnämndens aktivitet ”Sommarlov” bidrar till 3.4 men motverkar 13.1.');
		expect(describeFinding({ message: { key: 'finding.strength.target', params: { target: '3.4', units: ['A', 'B', 'C'], positive: 1200 } } }, 'sv')).toBe(
			'Delmål 3.4 har brett stöd: A, B och C bidrar till det (sammanlagd styrka 1\u00a0200).'
		);
	});

	it('quotes activity names without their own full stop, and signs interaction scores', () => {
		expect(
			describeFinding(
				{ message: { key: 'finding.conflict.activity', params: { unit: 'Kommunstyrelsen', activity: 'Ta fram en plan.', from: '8.3', to: '15.1' } } },
				'sv'
			)
		).toBe('Kommunstyrelsens aktivitet ”Ta fram en plan” bidrar till 8.3 men motverkar 15.1.');
		expect(
			describeFinding({ message: { key: 'finding.gap.onlyNegative', params: { target: '15.1', activities: ['Ta fram en plan. (Kommunstyrelsen)', 'Bygg (x) (Socialnämnden)'] } } }, 'sv')
		).toBe('Delmål 15.1 påverkas bara negativt: ”Ta fram en plan” (Kommunstyrelsen) och ”Bygg (x)” (Socialnämnden) motverkar det och ingen aktivitet bidrar till det.');
		expect(describeFinding({ message: { key: 'finding.synergy.interaction', params: { from: '4.1', to: '8.5', score: 2 } } }, 'sv')).toMatch(/\(poäng \+2 på skalan/);
	});

	it('has a label for every kind and type of finding', () => {
		for (const key of [...Object.values(findingKindLabelKeys), ...Object.values(findingTypeLabelKeys)]) {
			expect(messages.sv[key], key).toBeTruthy();
			expect(messages.en[key], key).toBeTruthy();
		}
	});
});
