// Route parameter matcher for database ids: anything that is not a UUID does not match, so it is a 404.
// A .ts path: the build loads the matchers with Node itself, which resolves neither #lib nor .js to .ts.
import { isUuid } from '../lib/domain/ids.ts';

export function uuid(param: string): string | undefined {
	return isUuid(param) ? param.toLowerCase() : undefined;
}
