import { describe, expect, it } from 'vitest';
import { parseForm } from './form.js';
import { importSchema, pairParam, parsePair, scoreSchema, settleSchema } from './interactions.js';

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
};

describe('parsePair', () => {
	it('reads two different targets of the catalogue, and round-trips with pairParam', () => {
		expect(parsePair('6.3_6.4')).toEqual({ from: '6.3', to: '6.4' });
		expect(parsePair('17.11_6.b')).toEqual({ from: '17.11', to: '6.b' });
		expect(parsePair(pairParam('1.1', '2.1'))).toEqual({ from: '1.1', to: '2.1' });
	});

	it.each(['6.3_6.3', '6.3', '6.3_18.1', '1.9_1.1', '6.3_6.4_6.5', 'x_y', '6_7', ''])('refuses %j', (value) => {
		expect(parsePair(value)).toBeNull();
	});
});

describe('the score forms', () => {
	it('takes whole scores from −3 to 3 with a reason', () => {
		expect(parseForm(scoreSchema, form({ score: '-3', reason: ' Skäl ' }))).toEqual({ ok: true, data: { score: -3, reason: 'Skäl' } });
		expect(parseForm(scoreSchema, form({ score: '+2', reason: 'x' }))).toMatchObject({ ok: true, data: { score: 2 } });
		expect(parseForm(settleSchema, form({ score: '0', reason: 'x', version: '3' }))).toEqual({ ok: true, data: { score: 0, reason: 'x', version: 3 } });
	});

	it('names the field and the Swedish message key of what is wrong', () => {
		expect(parseForm(scoreSchema, form({ score: '4', reason: '' }))).toMatchObject({
			ok: false,
			errors: { score: 'interactions.error.score', reason: 'interactions.error.reason' }
		});
		expect(parseForm(scoreSchema, form({ reason: 'x' }))).toMatchObject({ ok: false, errors: { score: 'interactions.error.score' } });
		expect(parseForm(scoreSchema, form({ score: '1,5', reason: 'x' }))).toMatchObject({ ok: false, errors: { score: 'interactions.error.score' } });
		expect(parseForm(importSchema, form({ mode: 'append' }))).toMatchObject({ ok: false, errors: { mode: 'interactions.error.mode' } });
	});
});
