// The demo's finished kartläggning of Alingsås, "Kartläggning 2025", for Kommunstyrelsen and four
// nämnder. What comes from the seeds and what is the demo's own:
// - Activity names are the budget's concrete actions (alingsas.json → concreteActions), exactly as printed.
//   The budget does not say which nämnd carries an action; placing each under the nämnd whose field it
//   is (Samhällsbyggnad → Samhällsbyggnadsnämnden, Äldre → Vård- och omsorgsnämnden, …) is ours.
// - Grunduppdrag, motivations and challenge texts are the demo's own short summaries, not quotes. Each
//   challenge names (`basis`) the focus area or sub-area of the Hållbarhetspolicy it rests on.
// - Relevance levels, strengths and directness are the demo's own judgements, as a unit's group would
//   agree them; they are examples, not Alingsås' decisions.
// Every target code is checked against the SDG catalogue by alingsas-mapping.spec.ts.
import type { ChallengeKind, Dimension, Direction, Directness, RelevanceLevel, Strength } from '#lib/domain/mapping.js';

export interface DemoContribution {
	target: string;
	direction: Direction;
	strength: Strength;
	directness: Directness;
	motivation: string;
}

export interface DemoActivity {
	/** Verbatim from alingsas.json → concreteActions[].actions. */
	name: string;
	contributions: DemoContribution[];
}

export interface DemoChallenge {
	dimension: Dimension;
	kind: ChallengeKind;
	text: string;
	targets: string[];
	/** The Hållbarhetspolicy's focus area, sub-area or governance part (alingsas.json) the text rests on. */
	basis: string;
}

/** The relevance of goals 1–17, in goal order. */
export type GoalLevels = readonly [
	RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel,
	RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel,
	RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel, RelevanceLevel
];

export interface DemoUnitMapping {
	unit: string;
	grunduppdrag: string;
	goals: GoalLevels;
	/** Motivations of some goal levels, by goal number. */
	goalMotivations: Partial<Record<number, string>>;
	targets: Array<{ code: string; level: RelevanceLevel; motivation: string }>;
	activities: DemoActivity[];
	challenges: DemoChallenge[];
	/** Targets the Hållbarhetspolicy concerns in this unit's work. */
	policyTargets: string[];
}

export const demoCycles = {
	closed: { name: 'Kartläggning 2025', year: 2025 },
	open: { name: 'Kartläggning hösten 2026', year: 2026 }
} as const;

/** The policy every unit lists among its steering documents (alingsas.json → policy.title). */
export const policyDocument = { name: 'Hållbarhetspolicy', type: 'policy' } as const;

const E = 'ej_relevant';
const L = 'låg';
const M = 'medel';
const H = 'hög';

export const alingsasMapping: readonly DemoUnitMapping[] = [
	{
		unit: 'Kommunstyrelsen',
		grunduppdrag:
			'Kommunstyrelsen leder och samordnar kommunens verksamhet och ekonomi, samordnar hållbarhetsarbetet och återrapporterar det till kommunfullmäktige.',
		//      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
		goals: [L, L, M, L, M, M, H, H, M, M, H, M, H, E, M, H, H],
		goalMotivations: {
			13: 'Kommunstyrelsen samordnar klimatarbetet och klimatanpassningen för hela kommunkoncernen.',
			16: 'Styrning, uppföljning och ett tryggt och säkert Alingsås är kommunstyrelsens ansvar.',
			17: 'Samverkan inom kommunkoncernen och med andra aktörer leds härifrån.'
		},
		targets: [
			{ code: '13.1', level: H, motivation: 'Klimatanpassningsplanen tas fram under kommunstyrelsen.' },
			{ code: '13.2', level: H, motivation: 'Klimatåtgärder ska in i kommunens planering och budget.' },
			{ code: '7.2', level: M, motivation: 'Solceller i kommunkoncernen, genom ägardialog med bolagen.' },
			{ code: '8.3', level: M, motivation: 'Näringslivsarbetet och upphandlingen påverkar lokala företag.' }
		],
		activities: [
			{
				name: 'Upprätta en handlingsplan för kommunens klimatarbete, med åtgärder för att minska CO2-utsläppen i Alingsås kommun.',
				contributions: [
					{ target: '13.2', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'Planen för in utsläppsminskningar i kommunens styrning.' }
				]
			},
			{
				name: 'Ta fram klimatanpassningsplan.',
				contributions: [
					{ target: '13.1', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'Planen gör kommunen bättre rustad för skyfall, värme och översvämning.' },
					{ target: '11.5', direction: 'bidrar', strength: 2, directness: 'indirekt', motivation: 'Färre människor och verksamheter drabbas när riskerna är kända och planerade för.' }
				]
			},
			{
				name: 'Genom ägardialog öka antalet solceller inom kommunkoncernen.',
				contributions: [
					{ target: '7.2', direction: 'bidrar', strength: 2, directness: 'indirekt', motivation: 'Bolagen bygger solceller; kommunstyrelsen verkar genom ägardialogen.' }
				]
			},
			{
				name: 'Utforma upphandlingar som gör det möjligt för lokala företag att lämna anbud.',
				contributions: [
					{ target: '8.3', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Små och lokala företag får en rimlig chans att vinna kommunens upphandlingar.' }
				]
			}
		],
		challenges: [
			{
				dimension: 'ekologisk',
				kind: 'utmaning',
				text: 'De största utsläppen i kommunen, från hushållens konsumtion och transporter, har kommunen liten rådighet över.',
				targets: ['13.2'],
				basis: 'Hållbar resursanvändning och begränsad klimatpåverkan'
			},
			{
				dimension: 'social',
				kind: 'möjlighet',
				text: 'Fler nämnder och bolag som samverkar ger invånarna en mer samordnad service.',
				targets: ['16.6', '17.17'],
				basis: 'Samverkan inom kommunkoncernen'
			},
			{
				dimension: 'ekonomisk',
				kind: 'möjlighet',
				text: 'Hållbarhetsperspektivet i budgetprocessen gör att resurser kan styras mot det som ger mest effekt.',
				targets: ['13.2', '16.6'],
				basis: 'Budget'
			}
		],
		policyTargets: ['13.1', '13.2', '16.6', '17.17']
	},
	{
		unit: 'Samhällsbyggnadsnämnden',
		grunduppdrag:
			'Samhällsbyggnadsnämnden ansvarar för detaljplanering, bygglov, gator, parker och naturområden och för kommunens mark- och bostadsförsörjning.',
		//      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
		goals: [L, L, M, E, L, H, M, M, H, M, H, M, H, L, H, M, L],
		goalMotivations: {
			11: 'Bostäder, planering, grönområden och kulturmiljö är nämndens kärnuppdrag.',
			15: 'Planeringen avgör var natur bevaras och var mark tas i anspråk.'
		},
		targets: [
			{ code: '11.1', level: H, motivation: 'Nya bostäder i Stadsskogen och Sollebrunn.' },
			{ code: '11.7', level: H, motivation: 'Parker och grönområden, som Nolhaga, är nämndens ansvar.' },
			{ code: '15.1', level: H, motivation: 'Ny verksamhetsmark och nya bostäder tar obebyggd mark i anspråk.' },
			{ code: '16.6', level: M, motivation: 'Kortare handläggningstider för detaljplaner och bygglov.' }
		],
		activities: [
			{
				name: 'Genomföra handlingsplanen för en effektivare detaljplaneprocess för att korta handläggningstiderna.',
				contributions: [
					{ target: '16.6', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'En snabbare och tydligare planprocess för invånare och företag.' }
				]
			},
			{
				name: 'Öka tillgången på verksamhetsmark genom fortsatt detaljplanering av verksamhetsområde norr.',
				contributions: [
					{ target: '8.3', direction: 'bidrar', strength: 2, directness: 'indirekt', motivation: 'Planlagd mark ger företag möjlighet att etablera sig och växa.' },
					{
						target: '15.1',
						direction: 'motverkar',
						strength: 2,
						directness: 'direkt',
						motivation: 'Ny verksamhetsmark tar obebyggd mark i anspråk, där policyn vill skydda naturområden och ekosystem.'
					}
				]
			},
			{
				name: 'Nya bostäder tillskapas i Stadsskogen genom etapp 4 och 5.',
				contributions: [
					{ target: '11.1', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'Fler bostäder i tätorten.' }
				]
			},
			{
				name: 'Genomföra utvecklingsprojekt Nolhaga – En trädgård för alla.',
				contributions: [
					{ target: '11.7', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'En tillgänglig park och mötesplats för alla åldrar.' }
				]
			}
		],
		challenges: [
			{
				dimension: 'ekologisk',
				kind: 'utmaning',
				text: 'Bostäder och verksamhetsmark behövs, samtidigt som naturområden med höga naturvärden ska skyddas.',
				targets: ['11.1', '15.1', '15.5'],
				basis: 'Ekosystem och biologisk mångfald'
			},
			{
				dimension: 'ekologisk',
				kind: 'möjlighet',
				text: 'Mer träd och grönska i tätorterna ger klimatanpassning, bättre luft och trivsel.',
				targets: ['11.7', '13.1'],
				basis: 'Ekosystem och biologisk mångfald'
			},
			{
				dimension: 'social',
				kind: 'möjlighet',
				text: 'Bostäder för alla skeden i livet och goda möjligheter till friluftsliv och rörelse.',
				targets: ['11.1', '11.7'],
				basis: 'Samhällsplanering'
			},
			{
				dimension: 'ekonomisk',
				kind: 'utmaning',
				text: 'Kulturmiljöerna ger Alingsås dess attraktionskraft och ska värnas samtidigt som kommunen utvecklas.',
				targets: ['11.4'],
				basis: 'Kulturmiljö'
			}
		],
		policyTargets: ['11.1', '11.4', '11.7', '15.1']
	},
	{
		unit: 'Socialnämnden',
		grunduppdrag:
			'Socialnämnden ger stöd till barn, unga, vuxna och familjer som behöver det, bland annat ekonomiskt bistånd, missbruksvård och skydd.',
		//      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
		goals: [H, L, H, M, M, E, E, M, E, H, L, L, E, E, E, H, M],
		goalMotivations: {
			1: 'Ekonomiskt bistånd och vägen ut ur långvarigt bidragsberoende.',
			10: 'De mest utsatta alingsåsarna ska få stöd och kunna delta i samhällslivet.'
		},
		targets: [
			{ code: '1.2', level: H, motivation: 'Insatser för hushåll med långvarigt bidragsberoende.' },
			{ code: '3.5', level: H, motivation: 'Förebygga och behandla missbruk, särskilt bland unga.' },
			{ code: '10.2', level: M, motivation: 'Stöd som gör det möjligt att delta i samhällslivet.' }
		],
		activities: [
			{
				name: 'Stärka insatserna för målgruppen långvarigt bidragsberoende.',
				contributions: [
					{ target: '1.2', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Färre hushåll lever länge på försörjningsstöd.' },
					{ target: '8.5', direction: 'bidrar', strength: 1, directness: 'indirekt', motivation: 'Fler närmar sig arbete eller studier.' }
				]
			},
			{
				name: 'Tillhandahålla stöd och hjälp till de mest utsatta alingsåsarna samt utveckla ett mer riktat förebyggande arbete.',
				contributions: [
					{ target: '10.2', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Stödet når dem som har svårast att ta sig fram själva.' }
				]
			},
			{
				name: 'Vidta åtgärder för att motverka användning av narkotika och tillhörande kriminalitet bland ungdomar genom ökad samverkan mellan skolan, socialtjänsten och polisen.',
				contributions: [
					{ target: '3.5', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'Tidiga insatser mot narkotikaanvändning bland unga.' },
					{ target: '16.1', direction: 'bidrar', strength: 1, directness: 'indirekt', motivation: 'Mindre kriminalitet kring narkotikan gör unga och närområden tryggare.' }
				]
			}
		],
		challenges: [
			{
				dimension: 'social',
				kind: 'utmaning',
				text: 'Kriminalitet och narkotika bland unga kräver samverkan med skolan, polisen och civilsamhället.',
				targets: ['3.5', '16.1'],
				basis: 'Trygghet'
			},
			{
				dimension: 'ekonomisk',
				kind: 'möjlighet',
				text: 'Fler som går från försörjningsstöd till arbete eller studier stärker både hushållen och kommunens ekonomi.',
				targets: ['1.2', '8.5'],
				basis: 'Utbildning och meningsfull sysselsättning'
			}
		],
		policyTargets: ['1.2', '3.5', '10.2', '16.1']
	},
	{
		unit: 'Barn- och ungdomsnämnden',
		grunduppdrag: 'Barn- och ungdomsnämnden ansvarar för förskola, grundskola och fritidshem i kommunen.',
		//      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
		goals: [M, L, H, H, M, L, L, M, L, H, L, M, M, L, L, M, L],
		goalMotivations: {
			4: 'Förskola och grundskola är nämndens hela uppdrag.',
			10: 'Likvärdig utbildning oavsett elevens bakgrund.'
		},
		targets: [
			{ code: '4.1', level: H, motivation: 'Alla elever ska fullfölja en likvärdig grundskola av god kvalitet.' },
			{ code: '4.2', level: H, motivation: 'Förskola av god kvalitet för alla barn.' },
			{ code: '4.a', level: M, motivation: 'Trygga skolmiljöer där eleverna trivs.' }
		],
		activities: [
			{
				name: 'Fokusera på systematiskt kvalitetsarbete för att säkerställa likvärdig utbildning.',
				contributions: [
					{ target: '4.1', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: 'Uppföljning och analys riktar resurserna dit de behövs mest.' },
					{ target: '4.5', direction: 'bidrar', strength: 1, directness: 'indirekt', motivation: 'Likvärdigheten gynnar särskilt elever i utsatta situationer.' }
				]
			},
			{
				name: 'Riktade insatser för att undvika att befästa skolfrånvaro och för att få frånvarande elever tillbaks till skolan.',
				contributions: [
					{ target: '4.1', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Elever som kommer tillbaka till skolan kan fullfölja sin utbildning.' }
				]
			},
			{
				name: 'Fortsätta arbeta för ökad trivsel och närvaro tillsammans med övrigt arbete för ökad måluppfyllelse.',
				contributions: [
					{ target: '4.a', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'En trygg skolmiljö där eleverna trivs.' }
				]
			}
		],
		challenges: [
			{
				dimension: 'social',
				kind: 'utmaning',
				text: 'Unga behöver fullfölja sina studier för att kunna etablera sig på arbetsmarknaden.',
				targets: ['4.1'],
				basis: 'Utbildning och meningsfull sysselsättning'
			},
			{
				dimension: 'social',
				kind: 'möjlighet',
				text: 'Barnkonventionen ger en gemensam grund för barns och ungas uppväxtvillkor.',
				targets: ['16.2', '4.a'],
				basis: 'Livskvalitet'
			}
		],
		policyTargets: ['4.1', '4.2', '4.a']
	},
	{
		unit: 'Vård- och omsorgsnämnden',
		grunduppdrag: 'Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemtjänst och stöd till personer med funktionsnedsättning.',
		//      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
		goals: [M, M, H, L, M, L, L, H, L, H, M, M, L, E, E, L, L],
		goalMotivations: {
			3: 'Vård och omsorg för äldre och personer med funktionsnedsättning.',
			8: 'Nämnden är en stor arbetsgivare och behöver fler som vill arbeta i vården.'
		},
		targets: [
			{ code: '3.8', level: H, motivation: 'God vård och omsorg för alla som behöver den.' },
			{ code: '8.5', level: H, motivation: 'Heltid, arbetsmiljö och kompetensutveckling för vårdens medarbetare.' },
			{ code: '10.2', level: M, motivation: 'Äldres självbestämmande och delaktighet.' }
		],
		activities: [
			{
				name: 'Utöka självbestämmandet för äldre inom våra verksamheter.',
				contributions: [
					{ target: '10.2', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Äldre får mer att säga till om i sin egen vardag.' }
				]
			},
			{
				name: 'Fortsätta arbetet med kompetensutveckling samt stärka attraktiviteten inom vårdyrket.',
				contributions: [
					{ target: '8.5', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Bättre villkor och utveckling för vårdens medarbetare.' },
					{ target: '3.8', direction: 'bidrar', strength: 1, directness: 'indirekt', motivation: 'Kompetent personal ger vård av god kvalitet.' }
				]
			},
			{
				name: 'Tillskapa fler trygghetsboenden i enlighet med äldreomsorgsstrategin.',
				contributions: [
					{ target: '11.1', direction: 'bidrar', strength: 2, directness: 'direkt', motivation: 'Fler äldre får en trygg bostad.' }
				]
			}
		],
		challenges: [
			{
				dimension: 'social',
				kind: 'utmaning',
				text: 'Alla ska ha likvärdig tillgång till service och inflytande, oavsett ålder eller funktionsvariation.',
				targets: ['10.2', '10.3'],
				basis: 'Jämställdhet, jämlikhet och inkludering'
			},
			{
				dimension: 'ekonomisk',
				kind: 'möjlighet',
				text: 'Digital teknik i omsorgen och digitala tjänster i hemmet kan ge bättre service och ökad effektivitet.',
				targets: ['3.8'],
				basis: 'Nytänkande och innovation'
			}
		],
		policyTargets: ['3.8', '8.5', '10.2']
	}
];
