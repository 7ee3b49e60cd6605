// Alingsås' own steering as its Budget 2022–2024 (seed 001) and its hållbarhetspolicy (seed 000) print it,
// read from data/alingsas.json: the five focus areas with their sub-areas, the five prioritised goals, each
// under its focus area, and their 29 indicators (26 printed rows; bredband and kollektivtrafik split into
// their parts) with Kolada ids, kind, source, unit, the delmål 2023 and the outcomes 2018–2021 exactly as
// printed. A blank or "-" / "i.u." cell is null in the data and is left out here: a blank is not a zero.
//
// OUR JUDGEMENT, NOT THE SEED'S: the budget links no goal or indicator to an SDG target, and it gives no
// "higher/lower is better". The SDG targets below (with a few words why, per link) and the directions are
// the demo's own reading of what each goal and indicator plainly serves, written here so nobody mistakes
// them for Alingsås' decisions. Only the handling time (handläggningstid) is better when lower.
import data from './data/alingsas.json' with { type: 'json' };
import type { Direction, IndicatorKind } from '#lib/domain/steering.js';

export interface DemoSdgLink {
	code: string;
	/** Why: a few words of the demo's own judgement. */
	why: string;
}

export interface DemoIndicator {
	name: string;
	kind: IndicatorKind;
	koladaKpi: string | null;
	/** The organisation that publishes the figure (the data's `source`), stored as the source's name. */
	sourceName: string;
	/** The budget's printed "Källor" line, kept for reference (not stored). */
	sourceText: string;
	unitLabel: string;
	direction: Direction;
	targets: Array<{ year: number; value: number }>;
	outcomes: Array<{ year: number; value: number }>;
	sdg: DemoSdgLink[];
}

export interface DemoGoal {
	number: number;
	title: string;
	description: string;
	focusArea: string;
	sdg: DemoSdgLink[];
	indicators: DemoIndicator[];
}

export interface DemoFocusArea {
	name: string;
	description: string;
	subAreas: Array<{ name: string; description: string }>;
}

const link = (code: string, why: string): DemoSdgLink => ({ code, why });

/** Our judgement: the SDG targets each prioritised goal plainly serves, by goal number. */
const goalLinks: Record<number, DemoSdgLink[]> = {
	1: [link('8.3', 'näringsliv och företagande som ska växa'), link('8.5', 'arbetsliv och sysselsättning')],
	2: [
		link('11.6', 'livsmiljöer med mindre miljöpåverkan, bl.a. avfall'),
		link('12.5', 'materialåtervinning av hushållsavfall'),
		link('1.2', 'social hållbarhet: färre i ekonomiskt bistånd'),
		link('8.5', 'fler i arbete eller studier')
	],
	3: [link('16.6', 'god service och bemötande från kommunen'), link('16.7', 'invånarnas inflytande och delaktighet')],
	4: [link('4.1', 'grund- och gymnasieskolans kunskapsresultat'), link('4.6', 'vuxnas språk- och läskunnighet (SFI)')],
	5: [
		link('11.3', 'hållbart samhällsbyggande och planering'),
		link('11.4', 'bevarad natur och kulturmiljö'),
		link('11.1', 'bostäder i stad och landsbygd')
	]
};

/** Our judgement: the SDG targets each indicator plainly follows, and lower-is-better where it is so, by name. */
const indicatorJudgement: Record<string, { sdg: DemoSdgLink[]; direction?: Direction }> = {
	'Företagsklimat, Insikt, index 1-100': { sdg: [link('8.3', 'kommunens service till företagen')] },
	'Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov, antal dagar': {
		sdg: [link('16.6', 'effektiv myndighetsutövning'), link('8.3', 'snabba besked för företag som vill bygga')],
		direction: 'lower'
	},
	'Arbetsställen med tillgång till fast bredband om minst 100 Mbit/s eller IT-infrastruktur i absolut närhet som medger en sådan hastighet (%)': {
		sdg: [link('9.c', 'tillgång till bredband')]
	},
	'Företagarnas upplevelse av dialogen mellan företag och kommunledning (skala 1-6)': {
		sdg: [link('16.7', 'lyhört beslutsfattande i dialog med företagen'), link('8.3', 'ett gott företagsklimat')]
	},
	'Deltagartillfällen i idrottsföreningar, antal/inv 7-20 år': { sdg: [link('3.4', 'främjad hälsa och välbefinnande hos unga')] },
	'Hushållsavfall som samlats in för materialåtervinning, inkl. biologisk behandling, andel (%)': {
		sdg: [link('12.5', 'mindre avfall genom återvinning'), link('11.6', 'kommunens avfallshantering')]
	},
	'Fossiloberoende fordon i kommunens verksamhet (%)': {
		sdg: [link('7.2', 'förnybara drivmedel i stället för fossila'), link('13.2', 'kommunens egna klimatåtgärder')]
	},
	'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)': {
		sdg: [link('1.2', 'färre som lever i ekonomisk utsatthet')]
	},
	'Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som börjat arbeta eller studerat, andel (%)': {
		sdg: [link('8.5', 'arbete för dem som står långt från arbetsmarknaden')]
	},
	'Delaktighetsindex (%)': { sdg: [link('16.7', 'invånarnas delaktighet i besluten')] },
	'Andel invånare som upplever att de har möjlighet till insyn och inflytande över kommunens beslut och verksamheter (%)': {
		sdg: [link('16.7', 'inflytande över besluten'), link('16.6', 'insyn i kommunens verksamhet')]
	},
	'Gott bemötande vid kontakt med kommunen (%)': { sdg: [link('16.6', 'en kommun som bemöter invånarna väl')] },
	'Andel som tar kontakt med kommunen via telefon som får ett direkt svar på en enkel fråga, (%)': {
		sdg: [link('16.6', 'tillgänglig och effektiv service')]
	},
	'Andel som får svar på e-post inom en dag (%)': { sdg: [link('16.6', 'tillgänglig och effektiv service')] },
	'Elever i åk 3 som deltagit i alla delprov som klarat alla delprov för ämnesprovet i matematik, kommunala skolor, andel (%)': {
		sdg: [link('4.1', 'grundskolans kunskapsresultat')]
	},
	'Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)': { sdg: [link('4.1', 'grundskolans kunskapsresultat')] },
	'Elever i år 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)': {
		sdg: [link('4.1', 'fullföljd grundskola som räcker till gymnasiet')]
	},
	'Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%)': { sdg: [link('4.1', 'fullföljd gymnasieutbildning')] },
	'Elever på SFI som klarat minst två kurser på studievägen av nybörjare två år tidigare, andel (%)': {
		sdg: [link('4.6', 'vuxnas språkkunskaper'), link('10.2', 'inkludering av nyanlända')]
	},
	'Färdigställda bostäder i småhus under året, antal/1000 inv': { sdg: [link('11.1', 'tillgång till bostäder')] },
	'Färdigställda bostäder i flerfamiljshus under året, antal/1000 inv': { sdg: [link('11.1', 'tillgång till bostäder')] },
	'Hushåll med tillgång till fast bredband om minst 100 Mbit/s, eller IT-infrastruktur i absoluta närheten som medger en sådan hastighet – tätbyggt': {
		sdg: [link('9.c', 'tillgång till bredband')]
	},
	'Hushåll med tillgång till fast bredband om minst 100 Mbit/s, eller IT-infrastruktur i absoluta närheten som medger en sådan hastighet – glesbyggt': {
		sdg: [link('9.c', 'tillgång till bredband, även på landsbygden')]
	},
	'Antal genomförda tillsyner enligt plan- och bygglagen med beslut': { sdg: [link('11.3', 'planering och förvaltning av bebyggelsen')] },
	'Andel invånare som upplever att utbudet av friluftsområden i kommunen är bra (%)': { sdg: [link('11.7', 'tillgång till grönområden')] },
	'Befolkning i kollektivtrafiknära läge, andel (%)': { sdg: [link('11.2', 'tillgång till kollektivtrafik')] },
	'Andel invånare som upplever att de har möjlighet att på ett enkelt sätt använda kollektivtrafiken för sina vardagliga resor (%) – boende i centralort': {
		sdg: [link('11.2', 'tillgång till kollektivtrafik')]
	},
	'Andel invånare som upplever att de har möjlighet att på ett enkelt sätt använda kollektivtrafiken för sina vardagliga resor (%) – boende i annan tätort': {
		sdg: [link('11.2', 'tillgång till kollektivtrafik')]
	},
	'Andel invånare som upplever att de har möjlighet att på ett enkelt sätt använda kollektivtrafiken för sina vardagliga resor (%) – boende utanför tätort': {
		sdg: [link('11.2', 'tillgång till kollektivtrafik, även utanför tätort')]
	}
};

/** Outcome years as printed: every year with a number; null cells stay out. */
function printedOutcomes(outcomes: Record<string, number | null>): Array<{ year: number; value: number }> {
	return Object.entries(outcomes)
		.filter((e): e is [string, number] => e[1] !== null)
		.map(([year, value]) => ({ year: Number(year), value }))
		.sort((a, b) => a.year - b.year);
}

export function alingsasFocusAreas(): DemoFocusArea[] {
	return data.focusAreas.map((f) => ({
		name: f.name,
		description: f.description,
		subAreas: f.subAreas.map((s) => ({ name: s.name, description: s.summary }))
	}));
}

export function alingsasGoals(): DemoGoal[] {
	const areas = new Set(data.focusAreas.map((f) => f.name));
	return data.priorityGoals.map((g) => {
		if (!areas.has(g.focusArea)) throw new Error(`demo: goal ${g.number} names no focus area of the data (${g.focusArea})`);
		const sdg = goalLinks[g.number];
		if (!sdg) throw new Error(`demo: no SDG judgement for goal ${g.number}`);
		return {
			number: g.number,
			title: g.title,
			description: g.description,
			focusArea: g.focusArea,
			sdg,
			indicators: g.indicators.map((i) => {
				const judged = indicatorJudgement[i.name];
				if (!judged) throw new Error(`demo: no SDG judgement for indicator ${i.name}`);
				return {
					name: i.name,
					kind: i.kind as IndicatorKind,
					koladaKpi: i.koladaId,
					sourceName: i.source,
					sourceText: i.sourceText,
					unitLabel: i.unit,
					direction: judged.direction ?? 'higher',
					targets: i.targetValue === null ? [] : [{ year: i.targetYear, value: i.targetValue }],
					outcomes: printedOutcomes(i.outcomes as Record<string, number | null>),
					sdg: judged.sdg
				};
			})
		};
	});
}
