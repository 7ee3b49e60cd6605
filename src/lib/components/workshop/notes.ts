// A challenge note as the screens show it: its column, kind, text and target, never its author.
import type { Dimension } from '#lib/domain/mapping.js';

export interface BoardNoteView {
	id: string;
	dimension: Dimension;
	kind: 'utmaning' | 'möjlighet';
	text: string;
	targetCode: string | null;
	promoted?: boolean;
}
