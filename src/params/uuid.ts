// Route parameter matcher for database ids: anything that is not a UUID does not match, so it is a 404.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuid(param: string): string | undefined {
	return UUID.test(param) ? param.toLowerCase() : undefined;
}
