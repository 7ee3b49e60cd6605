// The client's start (SvelteKit calls `init` once, before the page hydrates): note what was typed before
// the page hydrates (see lib/client/typed-before-start.ts).
import { rememberTypedFields } from '#lib/client/typed-before-start.js';

export const init = (): void => rememberTypedFields();
