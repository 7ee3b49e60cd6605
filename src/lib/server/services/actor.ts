// Who is calling a service, and the context every service function takes first.
import type { Db } from '../db/index.js';
import { db } from '../runtime.js';

export interface Actor {
	userId: string;
	isAdmin: boolean;
}

export interface Ctx {
	db: Db;
	actor: Actor | null;
}

export function actorOf(locals: App.Locals): Ctx {
	return { db: db(), actor: locals.user ? { userId: locals.user.id, isAdmin: locals.user.isAdmin } : null };
}
