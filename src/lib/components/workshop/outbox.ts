// A participant's unsaved inputs (ratings, proposals, notes), kept in localStorage under the ids the client generated, and sent until the
// server acknowledges them (also after a reload or a lost connection). A retry of a stored id is acknowledged
// again with its original sequence number, so nothing is ever stored twice.
export interface PendingRating {
	id: string;
	kind: 'goal_relevance' | 'target_relevance';
	subject: string;
	level: string;
	unitId: string;
}

/** A proposal or note of the later steps: the form's flat fields, sent as they are. */
export interface PendingNote {
	id: string;
	kind: 'contribution' | 'activity' | 'challenge' | 'document';
	unitId: string;
	[field: string]: string;
}

export type PendingInput = PendingRating | PendingNote;

export const isRating = (p: PendingInput): p is PendingRating => p.kind === 'goal_relevance' || p.kind === 'target_relevance';

/** 'refused': the server refused an input for good (its reason is shown next to its field). */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'refused';

/** The server's answer to a refused input: a message, and for a form's fields their errors as i18n keys. */
export interface Refusal {
	message?: string;
	errors?: Record<string, string>;
}

const RETRY_MS = 2000;

export class Outbox {
	#key: string;
	#url: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sending = false;
	#stopped = false;
	onChange: (status: SaveStatus, pending: PendingInput[]) => void = () => {};
	onAck: (input: PendingInput, seq: number) => void = () => {};
	/** An input the server refused for good: it leaves the queue, and the page puts it back in its form. */
	onRefuse: (input: PendingInput, refusal: Refusal) => void = () => {};
	status: SaveStatus = 'idle';

	constructor(workshopId: string, url: string) {
		this.#key = `malkarta-outbox:${workshopId}`;
		this.#url = url;
	}

	pending(): PendingInput[] {
		try {
			const raw = JSON.parse(localStorage.getItem(this.#key) ?? '[]');
			return Array.isArray(raw) ? raw : [];
		} catch {
			return [];
		}
	}

	#write(list: PendingInput[]) {
		localStorage.setItem(this.#key, JSON.stringify(list));
	}

	/** Queues an input and sends at once. */
	add(r: PendingInput) {
		this.#write([...this.pending(), r]);
		this.flush();
	}

	#set(status: SaveStatus) {
		this.status = status;
		this.onChange(status, this.pending());
	}

	async flush(): Promise<void> {
		if (this.#sending || this.#stopped) return;
		const list = this.pending();
		if (!list.length) return;
		this.#sending = true;
		clearTimeout(this.#timer);
		this.#set(this.status === 'retrying' ? 'retrying' : 'saving');
		let failed = false;
		let refused = false;
		for (const r of list) {
			try {
				const res = await fetch(this.#url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) });
				if (res.ok) {
					const ack = (await res.json()) as { seq: number };
					this.#write(this.pending().filter((p) => p.id !== r.id));
					this.onAck(r, ack.seq);
				} else if (res.status >= 400 && res.status < 500 && res.status !== 429 && res.status !== 408) {
					// Refused for good (an invalid field, the workshop closed, the unit changed): retrying cannot help,
					// and the page must not call it saved.
					const refusal = (await res.json().catch(() => ({}))) as Refusal;
					this.#write(this.pending().filter((p) => p.id !== r.id));
					refused = true;
					this.onRefuse(r, refusal && typeof refusal === 'object' ? refusal : {});
				} else {
					failed = true;
					break;
				}
			} catch {
				failed = true;
				break;
			}
		}
		this.#sending = false;
		if (failed || this.pending().length) {
			this.#set('retrying');
			this.#timer = setTimeout(() => this.flush(), RETRY_MS);
		} else {
			this.#set(refused ? 'refused' : 'saved');
		}
	}

	stop() {
		this.#stopped = true;
		clearTimeout(this.#timer);
	}
}
