// A challenge note as the screens show it: its column, kind, text and target, never its author.
import type { Dimension } from '#lib/domain/mapping.js';
import type { FieldErrors } from '#lib/validation/form.js';

export interface BoardNoteView {
	id: string;
	dimension: Dimension;
	kind: 'utmaning' | 'möjlighet';
	text: string;
	targetCode: string | null;
	promoted?: boolean;
}

/** An input the server refused: the fields as sent (they go back into their form) and the reasons, by field as i18n keys. */
export interface RefusedInput {
	values: Record<string, string>;
	errors: FieldErrors;
	/** The server's message when no field is to blame (already in the page's language). */
	message?: string;
}
