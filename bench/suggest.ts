// `npm run bench:suggest`: top-1/3/10 hit rates of the target suggestions on the team's labelled Swedish
// activity texts (bench/suggest/labelled-sv.json), overall, on the quarter used for tuning and on the
// held-back quarter, plus the same without the municipal lexicon. A figure, not a test.
// `--misses` lists the tuning texts whose targets are not in the top 3 (held-back texts are never listed).
import { readFileSync } from 'node:fs';
import { suggestTargets } from '../src/lib/suggest/suggest.js';

interface Item {
	id: string;
	text: string;
	targets: string[];
	heldBack: boolean;
}

const { items } = JSON.parse(readFileSync(new URL('./suggest/labelled-sv.json', import.meta.url), 'utf8')) as { items: Item[] };
const showMisses = process.argv.includes('--misses');
const KS = [1, 3, 10] as const;

/** The rank (0-based) of the first acceptable target, or -1. */
function rank(item: Item, lexicon: boolean): number {
	const codes = suggestTargets(item.text, 'sv', 10, { lexicon }).map((s) => s.code);
	const r = codes.findIndex((c) => item.targets.includes(c));
	if (showMisses && lexicon && !item.heldBack && (r < 0 || r >= 3)) {
		console.log(`  ${item.id}: väntat ${item.targets.join(', ')}, fick ${codes.slice(0, 5).join(', ')} – ${item.text}`);
	}
	return r;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–').padStart(9);
const started = performance.now();
console.log('Delmålsförslag – andel texter där ett rätt delmål finns bland de k första förslagen');
console.log(`${'mängd'.padEnd(40)}${'antal'.padStart(6)}${'topp 1'.padStart(9)}${'topp 3'.padStart(9)}${'topp 10'.padStart(9)}`);
for (const lexicon of [true, false]) {
	const ranks = new Map(items.map((i) => [i.id, rank(i, lexicon)]));
	for (const [name, list] of [
		['alla', items],
		['justeringsmängd', items.filter((i) => !i.heldBack)],
		['undanhållna (heldBack)', items.filter((i) => i.heldBack)]
	] as const) {
		const hits = KS.map((k) => list.filter((i) => ranks.get(i.id)! >= 0 && ranks.get(i.id)! < k).length);
		const label = `${name}${lexicon ? '' : ', utan lexikon'}`;
		console.log(`${label.padEnd(40)}${String(list.length).padStart(6)}${hits.map((h) => pct(h, list.length)).join('')}`);
	}
}
console.log(`(${items.length} texter, ${(performance.now() - started).toFixed(0)} ms inklusive indexbygge)`);
