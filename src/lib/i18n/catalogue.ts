// All UI messages, one module per area. Swedish is the source; every area must give English the same keys.
import * as common from './messages/common.js';
import * as auth from './messages/auth.js';
import * as sdg from './messages/sdg.js';
import * as org from './messages/org.js';
import * as mapping from './messages/mapping.js';
import * as workshop from './messages/workshop.js';
import * as finding from './messages/finding.js';
import * as dimensions from './messages/dimensions.js';
import * as council from './messages/council.js';
import * as interactions from './messages/interactions.js';
import * as analysis from './messages/analysis.js';
import * as steering from './messages/steering.js';
import * as kolada from './messages/kolada.js';
import * as report from './messages/report.js';
import * as plan from './messages/plan.js';
import * as transfer from './messages/transfer.js';

const areas = [common, auth, sdg, org, mapping, workshop, dimensions, finding, council, interactions, analysis, steering, kolada, report, plan, transfer] as const;

type Merge<T extends readonly { sv: object }[]> = T extends readonly [infer H extends { sv: object }, ...infer R extends { sv: object }[]]
	? H['sv'] & Merge<R>
	: unknown;

export type MessageKey = keyof Merge<typeof areas>;
export type Locale = 'sv' | 'en';
export const locales: readonly Locale[] = ['sv', 'en'];

export const messages: Record<Locale, Record<string, string>> = {
	sv: Object.assign({}, ...areas.map((a) => a.sv)),
	en: Object.assign({}, ...areas.map((a) => a.en))
};
