// Complete translations: every key in Swedish and English with the same placeholders, every key used in
// src, every t('…') key defined, and no human text written straight into .svelte markup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '#lib/i18n/catalogue.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const src = path.join(root, 'src');
const messagesDir = path.join(src, 'lib', 'i18n', 'messages');

type Area = { sv: Record<string, string>; en: Record<string, string> };
const areas = import.meta.glob<Area>('../../src/lib/i18n/messages/*.ts', { eager: true });

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? walk(p) : [p];
	});
}

/** Source that can use a key: src/ minus the message modules and the tests beside the code. */
const sources = walk(src)
	.filter((f) => /\.(ts|js|svelte)$/.test(f) && !f.startsWith(messagesDir + path.sep) && !/\.spec\.ts$/.test(f))
	.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));

const svKeys = Object.keys(messages.sv);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	it('registers every message module in catalogue.ts, without a key defined twice', () => {
		const unregistered: string[] = [];
		const owners = new Map<string, string[]>();
		for (const [file, area] of Object.entries(areas)) {
			for (const key of Object.keys(area.sv)) {
				if (!(key in messages.sv)) unregistered.push(`${path.basename(file)}: ${key}`);
				owners.set(key, [...(owners.get(key) ?? []), path.basename(file)]);
			}
		}
		const duplicates = [...owners].filter(([, files]) => files.length > 1).map(([k, files]) => `${k} (${files.join(', ')})`);
		expect(unregistered, 'keys of modules missing from the areas array in catalogue.ts').toEqual([]);
		expect(duplicates, 'keys defined in more than one module').toEqual([]);
	});

	it('has every key in Swedish and English, with non-empty text', () => {
		const missingEn = svKeys.filter((k) => !(k in messages.en));
		const extraEn = Object.keys(messages.en).filter((k) => !(k in messages.sv));
		const empty = (['sv', 'en'] as const).flatMap((l) =>
			Object.entries(messages[l])
				.filter(([, v]) => typeof v !== 'string' || v.trim() === '')
				.map(([k]) => `${l}: ${k}`)
		);
		expect(missingEn, 'keys without English').toEqual([]);
		expect(extraEn, 'English keys without Swedish').toEqual([]);
		expect(empty, 'empty messages').toEqual([]);
	});

	it('uses the same {placeholders} in both languages', () => {
		const mismatched = svKeys
			.filter((k) => k in messages.en)
			.filter((k) => placeholders(messages.sv[k]!).join() !== placeholders(messages.en[k]!).join())
			.map((k) => `${k}: sv {${placeholders(messages.sv[k]!).join('}{')}} en {${placeholders(messages.en[k]!).join('}{')}}`);
		expect(mismatched).toEqual([]);
	});
});

describe('keys in the source', () => {
	it('uses every key as a string literal somewhere under src/', () => {
		const all = sources.map((s) => s.text).join('\n');
		const unused = svKeys.filter((k) => !['"', "'", '`'].some((q) => all.includes(q + k + q)));
		expect(unused, 'keys never written as a string literal in src/ (outside the message modules and tests)').toEqual([]);
	});

	it("defines every key passed literally to t('…')", () => {
		const missing: string[] = [];
		for (const { file, text } of sources) {
			for (const m of text.matchAll(/\bt\(\s*(['"`])([^'"`\n]+?)\1/g)) {
				const key = m[2]!;
				if (m[1] === '`' && key.includes('${')) continue;
				if (!(key in messages.sv)) missing.push(`${file}: ${key}`);
			}
		}
		expect(missing, "t('…') keys that are not in the catalogue").toEqual([]);
	});
});

/** Removes every {…} expression (Svelte blocks, tags and attribute values), minding strings inside them. */
export function stripExpressions(text: string): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] !== '{') {
			out += text[i++];
			continue;
		}
		const end = skipBraces(text, i);
		// An expression the scanner cannot close would hide the rest of the file: report it as text instead.
		if (end < 0) return out + ` unclosed expression ${text.slice(i, i + 40).replace(/\s+/g, ' ')}`;
		i = end;
		out += ' ';
	}
	return out;
}

/** Index just past the `}` matching the `{` at `start`, or -1 when there is none. */
function skipBraces(text: string, start: number): number {
	let depth = 0;
	let i = start;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '{') depth++;
		else if (c === '}') {
			depth--;
			if (depth === 0) return i + 1;
		} else if (c === '"' || c === "'") {
			i++;
			while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
		} else if (c === '`') {
			i++;
			while (i < text.length && text[i] !== '`') {
				if (text[i] === '\\') i += 2;
				else if (text[i] === '$' && text[i + 1] === '{') {
					i = skipBraces(text, i + 1);
					if (i < 0) return -1;
				}
				else i++;
			}
		} else if (c === '/' && text[i + 1] === '/') {
			while (i < text.length && text[i] !== '\n') i++;
		} else if (c === '/' && text[i + 1] === '*') {
			const end = text.indexOf('*/', i + 2);
			i = end < 0 ? text.length : end + 1;
		}
		i++;
	}
	return -1;
}

/** Attributes whose value people read or hear: a literal word there is hard-coded text too. */
const textAttributes = /\s(alt|title|placeholder|aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext)\s*=\s*(["'])([^"']*)\2/g;

/** Human text left in a .svelte file's markup once code, expressions, tags and attributes are removed. */
export function hardCodedText(svelte: string): string[] {
	let markup = svelte
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, ' ')
		.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ');
	markup = stripExpressions(markup);
	const found: string[] = [];
	// Tags: `<name …>`, `</name>`, with quoted attribute values that may contain `>`.
	markup = markup.replace(/<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
		for (const m of tag.matchAll(textAttributes)) if (/\p{L}/u.test(m[3]!)) found.push(`${m[1]}="${m[3]}"`);
		return ' ';
	});
	markup = markup.replace(/&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/g, ' ');
	for (const m of markup.matchAll(/\p{L}[\p{L}\p{M}\p{N}'’.\-]*(?:[ \t]+\p{L}[\p{L}\p{M}\p{N}'’.\-]*)*/gu)) found.push(m[0]);
	return found;
}

describe('.svelte markup', () => {
	it('finds text, and only text, outside expressions (self-check)', () => {
		expect(
			hardCodedText(
				`<script lang="ts">const a = 'Hej';</script><h1 class="x" data-a="{'}'}">{t('a.b')} – {@html x}</h1>` +
					`{#if a > b}<p>{\`\${t('c')}\`}</p>{:else}<img alt="" src="/x.svg" />{/if}<style>p { color: red }</style>`
			)
		).toEqual([]);
		expect(hardCodedText(`<p>{t('a')} Spara nu</p><button aria-label="Stäng">×</button><p>&nbsp;</p>`)).toEqual([
			'aria-label="Stäng"',
			'Spara nu'
		]);
	});

	it('contains no hard-coded human text outside {…} expressions, <script> and <style>', () => {
		const offenders = sources
			.filter((s) => s.file.endsWith('.svelte'))
			.flatMap(({ file, text }) => hardCodedText(text).map((t) => `${file}: ${t}`));
		expect(offenders, 'put these through i18n').toEqual([]);
	});
});
