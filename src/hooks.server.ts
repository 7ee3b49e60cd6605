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
import { isDatabaseUnavailable } from '#lib/server/db/unavailable.js';

/** Requests (by their locals) that failed because the database is away: answered 503, not 500. */
const databaseAway = new WeakSet<object>();

export const init: ServerInit = async () => {
	await startRuntime({ migrations: bundledMigrations, afterMigrate });
	process.once('sveltekit:shutdown' as 'exit', () => {
		stopRuntime()
			.catch((e) => log.error({ err: e }, 'nedstängningen misslyckades'))
			// scripts/serve.js exits on this instead of waiting for its fallback timer.
			.finally(() => (process.emit as (event: string) => boolean)('malkarta:stopped'));
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
		let result: Awaited<ReturnType<typeof validateSessionToken>>;
		try {
			result = await validateSessionToken(db(), token);
		} catch (e) {
			if (!isDatabaseUnavailable(e)) throw e;
			return unavailable(event.request, event.locals.locale);
		}
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.session.id;
			setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}

	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	const away = databaseAway.has(event.locals);
	if (wantsStream(event.request) && (away || response.status === 503)) response = unavailable(event.request, event.locals.locale);
	else if (away && response.status === 500) response = new Response(response.body, { status: 503, headers: withRetryAfter(response.headers) });
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

export const handleError: HandleServerError = (caught) => {
	const t = translator(caught.event.locals.locale ?? 'sv');
	// Errors raised with error(status, message) already carry a translated message.
	if (caught.kind === 'app') return;
	if (caught.kind === 'unknown' && isDatabaseUnavailable(caught.error)) {
		databaseAway.add(caught.event.locals);
		log.warn({ reason: (caught.error as Error).message, path: caught.event.url.pathname }, 'databasen går inte att nå; svarar 503');
		return { message: t('error.503') };
	}
	if (caught.kind === 'unknown') {
		log.error({ err: caught.error, path: caught.event.url.pathname }, 'oväntat fel');
		return { message: t('error.500') };
	}
	const status = caught.error.status;
	const key = status === 404 ? 'error.404' : status === 403 ? 'error.403' : status === 429 ? 'error.429' : 'error.400';
	return { message: t(key) };
};

function wantsStream(request: Request): boolean {
	return (request.headers.get('accept') ?? '').includes('text/event-stream');
}

function withRetryAfter(headers: Headers): Headers {
	const h = new Headers(headers);
	h.set('retry-after', '5');
	return h;
}

/** While the database is away: a page gets a 503 with the message; a live stream (EventSource gives up on an
 * error status) ends at once with a retry hint, so the browser comes back and gets its sync when it is up. */
function unavailable(request: Request, locale: string): Response {
	const message = translator(isLocale(locale) ? locale : 'sv')('error.503');
	if (wantsStream(request)) {
		return new Response(`retry: 3000\n: ${message}\n\n`, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
	}
	return new Response(message, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' } });
}
