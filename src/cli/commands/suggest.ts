// `suggest [--lang sv|en] [--json] <text>`: proposes targets for an activity text. Needs no database, so it
// works on a fresh clone and beside a running app. With --json, stdout gets exactly one line:
// {"lang":"sv","suggestions":[{"code":"11.2","score":0.4213}, …]}; without it, a list for people on stderr.
import { parseArgs } from 'node:util';
import { target, targetLabel, type Lang } from '#lib/sdg/catalogue.js';
import { suggestTargets } from '#lib/suggest/suggest.js';
import { UsageError } from '../args.js';

const LANGS: readonly Lang[] = ['sv', 'en'];

function parse(args: string[]) {
	try {
		return parseArgs({
			args,
			options: { lang: { type: 'string' }, json: { type: 'boolean' } },
			allowPositionals: true,
			strict: true
		});
	} catch (e) {
		const code = (e as { code?: string }).code;
		const flag = /'(--?[\w-]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Okänd flagga: ${flag}`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`Flaggan ${flag} tar ${flag.startsWith('--lang') ? 'ett värde: sv eller en' : 'inget värde'}.`);
		throw new UsageError('Felaktiga flaggor.');
	}
}

export const suggestCommand = {
	help: 'föreslår delmål för en aktivitetstext: [--lang sv|en] [--json] "<text>" (ingen databas behövs)',
	async run(args: string[]) {
		const { values, positionals } = parse(args);
		const lang = values.lang ?? 'sv';
		if (!LANGS.includes(lang as Lang)) throw new UsageError(`Okänt språk: ${lang}. Ange --lang sv eller --lang en.`);
		const text = positionals.join(' ').trim();
		if (!text) throw new UsageError('Ange texten att föreslå delmål för, till exempel: suggest --lang sv --json "Vi bygger ut cykelvägarna."');
		const suggestions = suggestTargets(text, lang as Lang).map((s) => ({ code: s.code, score: Math.round(s.score * 10_000) / 10_000 }));
		if (values.json) {
			process.stdout.write(`${JSON.stringify({ lang, suggestions })}\n`);
			return;
		}
		if (suggestions.length === 0) console.error('Inga delmål matchar texten.');
		for (const s of suggestions) {
			const t = target(s.code);
			console.error(`${s.code.padEnd(6)} ${s.score.toFixed(4)}  ${t ? (targetLabel(t, lang as Lang)?.text ?? '') : ''}`);
		}
	}
};
