// The organisation export file: its zod schema, built from the table list so that the file, the import's
// check and the published JSON Schema cannot disagree.
import { z } from 'zod';
import sv from 'zod/v4/locales/sv.js';
import { organisationColumns, tables, userColumns, type ColumnKind, type ColumnSpec } from './org-transfer-tables.js';

export const ORG_EXPORT_FORMAT = 'malkarta.organisation';
export const ORG_EXPORT_VERSION = 1;
/** Where the app serves the JSON Schema; the same text is kept in the repository under schemas/. */
export const ORG_EXPORT_SCHEMA_PATH = '/schema/organisation-export-v1.json';

// Named once, so the JSON Schema refers to them instead of repeating their patterns at every column.
const uuid = z.guid().meta({ id: 'uuid', description: 'Ett id (UUID), behålls vid import.' });
const json = z.json().meta({ id: 'json', description: 'Ett JSON-värde, som det lagras (jsonb).' });
const timestamp = z.iso.datetime().meta({ id: 'timestamp', description: 'En tidpunkt i UTC, ISO 8601 med millisekunder.' });

function columnSchema(kind: ColumnKind): z.ZodType {
	switch (kind) {
		case 'uuid':
			return uuid;
		case 'text':
			return z.string();
		case 'int':
			return z.int();
		case 'float':
			return z.number();
		case 'bool':
			return z.boolean();
		case 'ts':
			return timestamp;
		case 'json':
			return json;
		case 'text[]':
			return z.array(z.string());
		case 'int[]':
			return z.array(z.int());
	}
}

function rowSchema(columns: readonly ColumnSpec[]) {
	return z.strictObject(Object.fromEntries(columns.map(([name, kind, nullable]) => [name, nullable ? columnSchema(kind).nullable() : columnSchema(kind)])));
}

export const orgExportSchema = z
	.strictObject({
		format: z.literal(ORG_EXPORT_FORMAT),
		version: z.literal(ORG_EXPORT_VERSION),
		organisation: rowSchema(organisationColumns),
		users: z.array(rowSchema(userColumns)),
		tables: z.strictObject(Object.fromEntries(tables.map((t) => [t.name, z.array(rowSchema(t.columns))])))
	})
	.meta({
		title: 'Målkarta: export av en organisation',
		description:
			'En hel organisation i Målkarta som en fil: organisationen, de användare raderna nämner (utan lösenord), och varje tabells rader med sina id:n, sorterade.'
	});

export type Row = Record<string, unknown>;
export interface OrgExport {
	format: typeof ORG_EXPORT_FORMAT;
	version: typeof ORG_EXPORT_VERSION;
	organisation: Row;
	users: Row[];
	tables: Record<string, Row[]>;
}

/** The JSON Schema (2020-12) of the file, as served by the app and kept in schemas/. */
export function orgExportJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(orgExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The first problem zod finds, in Swedish, with where in the file it is. */
export function firstSchemaProblem(value: unknown): string | null {
	const result = orgExportSchema.safeParse(value, { error: sv().localeError });
	if (result.success) return null;
	const issue = result.error.issues[0]!;
	const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
	return where ? `${where}: ${issue.message}` : issue.message;
}
