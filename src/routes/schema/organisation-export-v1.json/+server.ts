import type { RequestHandler } from './$types';
import { orgExportJsonSchema } from '#lib/validation/org-transfer.js';

/** The export file's JSON Schema, for anyone (it describes the format, holds no data); schemas/ keeps the same text. */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(orgExportJsonSchema(), null, 2) + '\n', { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
