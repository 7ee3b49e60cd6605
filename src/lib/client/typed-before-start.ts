// What someone types before the app has started is put back once it has. On a slow phone the server-rendered
// form shows, and is typed into, before the script hydrates the page; hydration then writes each field's
// rendered value back and would wipe a code or a name already typed. The text typed until then is noted
// (fields whose value differs from the value they were rendered with, and every input event until the app
// has mounted) and restored afterwards, with an input event so the page's own state follows.
type Field = HTMLInputElement | HTMLTextAreaElement;

const typed = new Map<Field, string>();
let listening = false;

const isField = (el: EventTarget | null): el is Field => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

function note(event: Event): void {
	if (isField(event.target)) typed.set(event.target, event.target.value);
}

/** Called as the app starts (hooks.client `init`), before the page hydrates. */
export function rememberTypedFields(): void {
	for (const el of document.querySelectorAll<Field>('input:not([type=hidden]), textarea')) {
		if (el.value !== el.defaultValue) typed.set(el, el.value);
	}
	document.addEventListener('input', note, true);
	listening = true;
}

/** Called once the root layout has mounted, i.e. the page has hydrated. */
export function restoreTypedFields(): void {
	if (listening) document.removeEventListener('input', note, true);
	listening = false;
	for (const [el, value] of typed) {
		if (!el.isConnected || el.value === value) continue;
		el.value = value;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}
	typed.clear();
}
