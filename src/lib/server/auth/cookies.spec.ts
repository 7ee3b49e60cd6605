import { describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookies.js';

function recorder() {
	const calls: Array<{ op: string; name: string; opts: Record<string, unknown> }> = [];
	const cookies = {
		set: (name: string, _v: string, opts: Record<string, unknown>) => calls.push({ op: 'set', name, opts }),
		delete: (name: string, opts: Record<string, unknown>) => calls.push({ op: 'delete', name, opts })
	} as unknown as Cookies;
	return { cookies, calls };
}

describe('session cookie', () => {
	it('is Secure and __Host- prefixed over https', () => {
		const url = new URL('https://malkarta.example.se/');
		const { cookies, calls } = recorder();
		setSessionCookie(cookies, url, 'tok', new Date('2030-01-01'));
		expect(calls[0]).toMatchObject({
			name: '__Host-malkarta_session',
			opts: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }
		});
	});

	it('is neither over plain http (localhost or a room network), so browsers keep it', () => {
		for (const u of ['http://localhost:3000/', 'http://192.168.1.20:3000/']) {
			const url = new URL(u);
			const { cookies, calls } = recorder();
			setSessionCookie(cookies, url, 'tok', new Date('2030-01-01'));
			expect(sessionCookieName(url)).toBe('malkarta_session');
			expect(calls[0]?.opts).toMatchObject({ httpOnly: true, secure: false, sameSite: 'lax', path: '/' });
		}
	});

	it('is deleted with the same name and path', () => {
		const url = new URL('https://malkarta.example.se/');
		const { cookies, calls } = recorder();
		deleteSessionCookie(cookies, url);
		expect(calls[0]).toMatchObject({ op: 'delete', name: '__Host-malkarta_session', opts: { path: '/' } });
	});
});
