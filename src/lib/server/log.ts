// Structured logging to stderr, so command output on stdout stays clean.
import pino from 'pino';

export const log = pino(
	{ level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'), base: undefined },
	pino.destination(2)
);
