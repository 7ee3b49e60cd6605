import { describe, expect, it } from 'vitest';
import { langAttr, pickText } from './text.js';
import { indicatorsOf, target, targetLabel } from './catalogue.js';

describe('picking a text for the locale', () => {
	it('uses the locale when the text exists in it', () => {
		const picked = pickText({ sv: 'Ingen fattigdom', en: 'No poverty' }, 'en');
		expect(picked).toEqual({ text: 'No poverty', lang: 'en', fallback: false });
		expect(langAttr(picked)).toBeUndefined();
	});

	it('falls back to the other language and says so, so the page can mark it with lang', () => {
		const title = indicatorsOf('6.3')[0]!.title;
		expect(title.sv).toBeNull();
		const picked = pickText(title, 'sv');
		expect(picked).toEqual({ text: title.en, lang: 'en', fallback: true });
		expect(langAttr(picked)).toBe('en');
		expect(pickText({ sv: 'Utrota den extrema fattigdomen', en: null }, 'en')).toMatchObject({ lang: 'sv', fallback: true });
	});

	it('gives null when neither language has the text', () => {
		expect(pickText({ sv: null, en: null }, 'sv')).toBeNull();
		expect(langAttr(null)).toBeUndefined();
	});
});

describe('target labels', () => {
	it('use the Swedish short title in Swedish and the full English text in English', () => {
		const t = target('6.3')!;
		expect(targetLabel(t, 'sv')).toEqual({ text: t.shortTitle.sv, lang: 'sv', fallback: false });
		expect(targetLabel(t, 'en')).toEqual({ text: t.title.en, lang: 'en', fallback: false });
	});
});
