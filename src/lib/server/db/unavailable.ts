// Telling "the database is away" (a restart, a failover, a dropped network) from every other error, in one
// place: such errors become a 503 with a message, the process keeps running and the pool reconnects.

/** PostgreSQL's codes for a server shutting down or not accepting connections, and class 08 (connection). */
const PG_CODES = /^(57P01|57P02|57P03|08...)$/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What pg says without a code when the socket goes or a connection cannot be had in time. */
const PG_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
	if (!e || typeof e !== 'object' || depth > 4) return false;
	const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
	if (typeof code === 'string' && (PG_CODES.test(code) || NODE_CODES.has(code))) return true;
	if (typeof message === 'string' && PG_MESSAGES.test(message)) return true;
	// Node wraps "connect ECONNREFUSED" for several addresses in an AggregateError.
	if (Array.isArray(errors) && errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
	return isDatabaseUnavailable(cause, depth + 1);
}
