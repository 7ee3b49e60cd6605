// The JSON Schema kept in the repository is the one the zod schema gives (it cannot drift), and it is a
// valid 2020-12 schema that the zod schema's own verdicts agree with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { firstSchemaProblem, orgExportJsonSchema } from './org-transfer.js';
import { tables } from './org-transfer-tables.js';

const file = readFileSync(new URL('../../../schemas/organisation-export-v1.schema.json', import.meta.url), 'utf8');

const org = { id: '11111111-1111-4111-8111-111111111111', name: 'Ydre', kind: 'kommun', kolada_id: null, vision: null, vision_name: null, created_at: '2026-12-07T10:00:00.000Z', dimension_goals: null, kolada_comparison_id: '0000' };
const empty = () => ({ format: 'malkarta.organisation', version: 1, organisation: { ...org }, users: [], tables: Object.fromEntries(tables.map((t) => [t.name, []])) });

describe('organisation export schema', () => {
	it('is kept in schemas/ exactly as generated from the zod schema', () => {
		expect(file).toBe(JSON.stringify(orgExportJsonSchema(), null, 2) + '\n');
	});

	it('validates with Ajv as zod does: an empty organisation passes, a broken one fails on both', () => {
		const ajv = new Ajv2020({ strict: false, allErrors: false });
		addFormats.default(ajv);
		const validate = ajv.compile(JSON.parse(file));
		expect(validate(empty())).toBe(true);
		expect(firstSchemaProblem(empty())).toBeNull();
		const broken = empty();
		(broken.organisation as Record<string, unknown>).created_at = 'igår';
		expect(validate(broken)).toBe(false);
		expect(firstSchemaProblem(broken)).toMatch(/^organisation\.created_at: /);
		const extra = { ...empty(), password_hash: 'x' };
		expect(validate(extra)).toBe(false);
		expect(firstSchemaProblem(extra)).not.toBeNull();
	});
});
