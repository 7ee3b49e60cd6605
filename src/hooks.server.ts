// Request pipeline: start-up (database, migrations, demo, first-run code), language, session, shutdown.
import { redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
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

export const handleError: HandleServerError = (caught) => {
	const t = translator(caught.event.locals.locale ?? 'sv');
	// Errors raised with error(status, message) already carry a translated message.
	if (caught.kind === 'app') return;
	if (caught.kind === 'unknown') {
		log.error({ err: caught.error, path: caught.event.url.pathname }, 'oväntat fel');
		return { message: t('error.500') };
	}
	const status = caught.error.status;
	const key = status === 404 ? 'error.404' : status === 403 ? 'error.403' : status === 429 ? 'error.429' : 'error.400';
	return { message: t(key) };
};
