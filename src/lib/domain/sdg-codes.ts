// SDG goal, target and indicator codes: recognising them and ordering them as the UN lists them.

export const GOAL_COUNT = 17;

/** A target code split into parts: "6.3" → number 3, "6.b" → letter "b". Exactly one of number/letter is set. */
export interface TargetCodeParts {
	goal: number;
	number: number | null;
	letter: string | null;
}

const TARGET_CODE = /^(\d{1,2})\.(?:(\d{1,2})|([a-z]))$/;
const INDICATOR_CODE = /^(\d{1,2}\.(?:\d{1,2}|[a-z]))\.(\d{1,2})$/;

export function isGoalNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= GOAL_COUNT;
}

/** "1" … "17" as written in a URL (no leading zeros, no spaces) → the goal number, else null. */
export function parseGoalNumber(value: string): number | null {
	if (!/^[1-9]\d?$/.test(value)) return null;
	const n = Number(value);
	return isGoalNumber(n) ? n : null;
}

export function parseTargetCode(code: string): TargetCodeParts | null {
	const m = TARGET_CODE.exec(code);
	if (!m) return null;
	const goal = Number(m[1]);
	if (!isGoalNumber(goal) || m[1]!.startsWith('0')) return null;
	if (m[2] !== undefined) {
		if (m[2].startsWith('0')) return null;
		return { goal, number: Number(m[2]), letter: null };
	}
	return { goal, number: null, letter: m[3]! };
}

/** Well-formed target code ("6.3", "17.19", "1.a"). Says nothing about whether the target exists. */
export function isTargetCode(value: unknown): value is string {
	return typeof value === 'string' && parseTargetCode(value) !== null;
}

/** The target an indicator code belongs to: "6.3.1" → "6.3"; null when not an indicator code. */
export function targetOfIndicatorCode(code: string): string | null {
	const m = INDICATOR_CODE.exec(code);
	return m && isTargetCode(m[1]) ? m[1]! : null;
}

/** Sort key: goal, then numbered targets by number, then lettered targets by letter. */
function sortKey(code: string): [number, number, number] {
	const p = parseTargetCode(code);
	if (!p) return [Number.MAX_SAFE_INTEGER, 0, 0];
	return p.number !== null ? [p.goal, 0, p.number] : [p.goal, 1, p.letter!.charCodeAt(0)];
}

/** Compares target codes in SDG order: 1.1 < 1.5 < 1.a < 1.b < 2.1; 17.2 < 17.19. Malformed codes sort last. */
export function compareTargetCodes(a: string, b: string): number {
	const ka = sortKey(a);
	const kb = sortKey(b);
	for (let i = 0; i < 3; i++) {
		const d = ka[i]! - kb[i]!;
		if (d !== 0) return d;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares indicator codes: by target in SDG order, then by the indicator's number. */
export function compareIndicatorCodes(a: string, b: string): number {
	const ta = targetOfIndicatorCode(a) ?? a;
	const tb = targetOfIndicatorCode(b) ?? b;
	const byTarget = compareTargetCodes(ta, tb);
	if (byTarget !== 0) return byTarget;
	const na = Number(a.split('.')[2] ?? 0);
	const nb = Number(b.split('.')[2] ?? 0);
	return na - nb;
}
