// The app's route parameter matchers (kit 3 reads them from this one entry): [orgId=uuid], …
import { defineParams } from '@sveltejs/kit/params';
// Node loads this entry at build time and does not map .js to .ts, so imports here name the .ts files.
import { uuid } from './uuid.ts';
import { goal } from './goal.ts';

export const params = defineParams({ uuid, goal });
