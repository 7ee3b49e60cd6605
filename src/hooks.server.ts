// Request pipeline: start-up (database, migrations, demo, first-run code), language, session, shutdown.
import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { bundledMigrations } from '#lib/server/db/migrations.js';
import { startRuntime, stopRuntime, db } from '#lib/server/runtime.js';
import { afterMigrate } from '#lib/server/startup.js';
import { validateSessionToken } from '#lib/server/auth/session.js';
import { sessionCookieName, setSessionCookie, deleteSessionCookie } from '#lib/server/auth/cookies.js';
import { isLocale } from '#lib/i18n/index.js';
import { translator } from '#lib/i18n/index.js';
import { log } from '#lib/server/log.js';

export const init: ServerInit = async () => {
	await startRuntime({ migrations: bundledMigrations, afterMigrate });
	process.once('sveltekit:shutdown' as 'exit', () => {
		stopRuntime().catch((e) => log.error({ err: e }, 'nedstängningen misslyckades'));
	});
};

const LANG_COOKIE = 'malkarta_lang';

export const handle: Handle = async ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	if (isLocale(requested) && event.request.method === 'GET') {
		event.cookies.set(LANG_COOKIE, requested, { path: '/', httpOnly: false, sameSite: 'lax', secure: event.url.protocol === 'https:', maxAge: 365 * 24 * 3600 });
		const target = new URL(event.url);
		target.searchParams.delete('lang');
		redirect(303, target.pathname + target.search);
	}
	const cookieLocale = event.cookies.get(LANG_COOKIE);
	event.locals.locale = isLocale(cookieLocale) ? cookieLocale : 'sv';

	event.locals.user = null;
	event.locals.sessionId = null;
	const token = event.cookies.get(sessionCookieName(event.url));
	if (token) {
		const result = await validateSessionToken(db(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.session.id;
			setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) log.error({ err: error, path: event.url.pathname }, 'oväntat fel');
	const t = translator(event.locals.locale ?? 'sv');
	return { message: status === 404 ? t('error.404') : t('error.500') };
};
