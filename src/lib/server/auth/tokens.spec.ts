import { describe, expect, it } from 'vitest';
import { generateToken, hashToken } from './tokens.js';

describe('session tokens', () => {
	it('carries at least 128 random bits and differs every time', () => {
		const tokens = new Set(Array.from({ length: 200 }, generateToken));
		expect(tokens.size).toBe(200);
		for (const t of tokens) {
			expect(t).toMatch(/^[a-z2-7]+$/); // base32: 5 bits per character
			expect(t.length * 5).toBeGreaterThanOrEqual(128);
		}
	});

	it('stores only the SHA-256 of the token, as hex', () => {
		// SHA-256("abc"), the standard test vector.
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		const t = generateToken();
		expect(hashToken(t)).not.toContain(t);
	});
});
