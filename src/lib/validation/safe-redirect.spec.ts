// safeRedirect after signing in (issue 21: a tab in redirectTo made the sign-in page answer 500).
import { describe, expect, it } from 'vitest';
import { safeRedirect } from './auth.js';

describe('safeRedirect', () => {
	it('keeps plain same-origin paths with their query and fragment', () => {
		expect(safeRedirect('/org/1/samspel?x=1#a')).toBe('/org/1/samspel?x=1#a');
		expect(safeRedirect('/mal/6.3')).toBe('/mal/6.3');
		expect(safeRedirect('/a/../b')).toBe('/b');
	});

	it('falls back for anything that could lead elsewhere or break the Location header', () => {
		for (const bad of ['/\t/evil.example', '/\r/evil.example', '/\n/evil.example', '/\u3002/evil.example', '/evil\u3002example', '//evil.example', '/\\evil.example', '/a\\b', 'https://evil.example', 'evil', '', null, undefined, '/ x'])
			expect(safeRedirect(bad), JSON.stringify(bad)).toBe('/');
	});
});
