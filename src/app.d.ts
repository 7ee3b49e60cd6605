// Types shared by the server and the pages.
import type { SessionUser } from '#lib/server/auth/session.js';
import type { Locale } from '#lib/i18n/index.js';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			user: SessionUser | null;
			sessionId: string | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
