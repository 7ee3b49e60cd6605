import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	user: locals.user ? { id: locals.user.id, displayName: locals.user.displayName, isAdmin: locals.user.isAdmin } : null
});
