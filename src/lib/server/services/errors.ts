// Errors a service raises on purpose; routes turn them into HTTP answers with a translated message.
import type { MessageKey } from '#lib/i18n/index.js';

export class ServiceError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
		readonly messageKey: MessageKey,
		readonly params?: Record<string, string | number>
	) {
		super(messageKey);
		this.name = 'ServiceError';
	}
}

export const notFound = () => new ServiceError(404, 'error.404');
export const forbidden = () => new ServiceError(403, 'error.403');
export const unauthenticated = () => new ServiceError(401, 'auth.required');
