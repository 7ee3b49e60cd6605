// A refused edit of an agreed value that someone else changed first (optimistic concurrency): 409, and
// what is stored now, so the page can show it next to the person's own unsaved proposal.
import type { MessageKey } from '#lib/i18n/index.js';
import { ServiceError } from './errors.js';

/** One field of the stored value: its label, and its value as text or as a message key. */
export interface ConflictField {
	label: MessageKey;
	value: string | null;
	valueKey?: MessageKey;
}

export interface ConflictItem {
	/** What was edited, e.g. "Mål 6". */
	subject: { key: MessageKey; params?: Record<string, string | number> };
	/** Who agreed the stored value and when; null when it was deleted meanwhile. */
	by: string | null;
	at: Date | null;
	version: number;
	fields: ConflictField[];
}

export class ConflictError extends ServiceError {
	constructor(
		readonly items: ConflictItem[],
		messageKey: MessageKey = 'mapping.error.conflict'
	) {
		super(409, messageKey, { field: '_form' });
		this.name = 'ConflictError';
	}
}
