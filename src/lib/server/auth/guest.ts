// Guest sessions for workshops: a random token in a cookie, its SHA-256 in workshop_participant. The
// cookie is scoped to the participant pages and lives no longer than a workshop day; the session itself
// ends when the workshop closes (the service checks the workshop is open on every use).
import type { Cookies } from '@sveltejs/kit';
import { isSecureRequest } from './cookies.js';
import { generateToken, hashToken } from './tokens.js';

export const GUEST_COOKIE_MAX_AGE_S = 12 * 60 * 60;

export function mintGuestToken(): { token: string; tokenHash: string } {
	const token = generateToken();
	return { token, tokenHash: hashToken(token) };
}

export { hashToken as hashGuestToken };

export function guestCookieName(url: URL): string {
	return isSecureRequest(url) ? '__Secure-malkarta_guest' : 'malkarta_guest';
}

export function setGuestCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(guestCookieName(url), token, {
		httpOnly: true,
		secure: isSecureRequest(url),
		sameSite: 'lax',
		path: '/delta',
		maxAge: GUEST_COOKIE_MAX_AGE_S
	});
}

export function guestToken(cookies: Cookies, url: URL): string | null {
	return cookies.get(guestCookieName(url)) ?? null;
}
