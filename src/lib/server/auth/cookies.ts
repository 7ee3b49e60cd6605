// The one switch between https and plain http (localhost or a room's local network): over https the
// session cookie is Secure and __Host- prefixed; over plain http a Secure cookie would be dropped, so
// it is neither.
import type { Cookies } from '@sveltejs/kit';

export function isSecureRequest(url: URL): boolean {
	return url.protocol === 'https:';
}

export function sessionCookieName(url: URL): string {
	return isSecureRequest(url) ? '__Host-malkarta_session' : 'malkarta_session';
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName(url), token, {
		httpOnly: true,
		secure: isSecureRequest(url),
		sameSite: 'lax',
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), { httpOnly: true, secure: isSecureRequest(url), sameSite: 'lax', path: '/' });
}
