// The indicator form's draft: what the KPI picker's GET search sends back is shown again as typed, target
// value rows included (empty rows left out), and a stored indicator fills the form with decimal commas.
import { describe, expect, it } from 'vitest';
import { draftOf, rowsOf, sentRows, storedDraft } from './indicator-form.js';

describe('the indicator form', () => {
	it('reads a draft back from the address the picker’s search sent', () => {
		const params = new URLSearchParams('name=Resor&kind=st%C3%B6djande&koladaKpi=n07418&targetYear%5B%5D=2023&targetValue%5B%5D=75%2C5&targetYear%5B%5D=&targetValue%5B%5D=&sok=trafik');
		expect(draftOf(params)).toEqual({
			values: { name: 'Resor', kind: 'stödjande', koladaKpi: 'n07418', sourceName: '', unitLabel: '', direction: '', targets: '' },
			rows: [{ year: '2023', value: '75,5' }]
		});
	});

	it('keeps a half-filled row, so its error can be shown', () => {
		const form = new FormData();
		for (const [k, v] of [['targetYear[]', ''], ['targetValue[]', '3'], ['targetYear[]', '2030'], ['targetValue[]', '']]) form.append(k!, v!);
		expect(rowsOf(form)).toEqual([
			{ year: '', value: '3' },
			{ year: '2030', value: '' }
		]);
	});

	it('fills the form from a stored indicator, with decimal commas', () => {
		const draft = storedDraft({
			id: 'i',
			goalId: 'g',
			name: 'Resor',
			kind: 'styrande',
			koladaKpi: null,
			sourceName: 'Egen enkät',
			unitLabel: null,
			direction: 'lower',
			position: 0,
			targetCodes: ['11.2', '3.6'],
			targets: [{ year: 2023, value: 1.5 }],
			outcomes: []
		});
		expect(draft.values).toMatchObject({ koladaKpi: '', sourceName: 'Egen enkät', direction: 'lower', targets: '11.2, 3.6' });
		expect(draft.rows).toEqual([{ year: '2023', value: '1,5' }]);
	});

	it('finds the rows in a refused save’s answer, and none elsewhere', () => {
		expect(sentRows({ errors: {}, rows: [{ year: '2023', value: 'x' }] })).toEqual([{ year: '2023', value: 'x' }]);
		expect(sentRows({ notice: 'steering.notice.moved' })).toEqual([]);
		expect(sentRows(null)).toEqual([]);
	});
});
