// The client's start: note what was typed before the page hydrates (see lib/client/typed-before-start.ts).
import type { ClientInit } from '@sveltejs/kit';
import { rememberTypedFields } from '#lib/client/typed-before-start.js';

export const init: ClientInit = () => rememberTypedFields();
