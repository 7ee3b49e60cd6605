// Route parameter matcher for database ids: anything that is not a UUID does not match, so it is a 404.
import { isUuid } from '#lib/domain/ids.js';

export function uuid(param: string): string | undefined {
	return isUuid(param) ? param.toLowerCase() : undefined;
}
