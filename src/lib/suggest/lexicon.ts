// Everyday words of Swedish municipal work for each target, beside the official texts, which speak the
// language of nations ("utvecklingsländer", "BNP") while activities speak of "cykelvägar" and "matsvinn".
// Written per target from what the target is about; targets that only concern states or developing
// countries have no entry. Plain word lists: the analyzer stems and splits them like any other text.

export interface LexiconEntry {
	readonly sv?: string;
	readonly en?: string;
}

const e = (sv: string, en: string): LexiconEntry => ({ sv, en });

export const LEXICON: Readonly<Record<string, LexiconEntry>> = {
	'1.1': e('fattigdom extrem fattigdom hemlöshet hemlösa akut hemlöshet', 'poverty extreme poverty homelessness'),
	'1.2': e(
		'fattigdom barnfattigdom ekonomisk utsatthet låg inkomst låg ekonomisk standard försörjningsstöd ekonomiskt bistånd skulder skuldsättning budget- och skuldrådgivning hushållsekonomi',
		'child poverty low income household welfare benefit debt advice'
	),
	'1.3': e(
		'socialtjänst försörjningsstöd ekonomiskt bistånd socialt skyddsnät bostadsbidrag stöd till utsatta bidragsberoende långvarigt biståndsmottagande individ- och familjeomsorg',
		'social services welfare benefits safety net social assistance'
	),
	'1.4': e('grundläggande samhällsservice tillgång till service ägande', 'basic services access to services'),
	'1.5': e('motståndskraft sårbarhet kris extremväder utsatta grupper', 'resilience vulnerability crisis extreme weather'),
	'2.1': e('hunger matbank matkasse matbrist tillgång till mat', 'food bank food insecurity hunger'),
	'2.2': e(
		'undernäring näringsriktig kost nutrition måltider skolmat skollunch matglädje kostråd nattfasta dietist',
		'malnutrition nutrition school meals elderly meals'
	),
	'2.3': e(
		'lantbrukare jordbrukare bönder småskalig närproducerad lokalproducerad livsmedelsproducenter landsbygdsföretag gårdsbutik lokala livsmedel',
		'farmers local food producers small-scale locally produced'
	),
	'2.4': e(
		'ekologisk odling ekologiska livsmedel lantbruk jordbruksmark åkermark odlingsmark betesmark närproducerade livsmedel stadsodling odling hållbart jordbruk livsmedelsstrategi',
		'organic farming farmland agriculture urban farming locally produced food'
	),
	'2.5': e('fröbank kulturväxter lantraser', 'seed bank heritage breeds'),
	'3.1': e('mödrahälsovård förlossning barnmorska', 'maternal health midwife'),
	'3.2': e('barnhälsovård spädbarn barnavårdscentral', 'child health care infants'),
	'3.3': e('smittskydd vaccination smittspridning hiv hepatit infektioner vårdhygien', 'infection control vaccination'),
	'3.4': e(
		'folkhälsa psykisk ohälsa psykisk hälsa välbefinnande fysisk aktivitet motion rörelse idrott idrottsanläggningar friluftsliv friskvård stress suicid självmord suicidprevention ensamhet övervikt diabetes hjärt- och kärlsjukdomar levnadsvanor hälsofrämjande elevhälsa fritidsgård fritidsaktiviteter simhall idrottshall sporthall ishall badhus utegym spontanidrott',
		'public health mental health wellbeing physical activity exercise sport loneliness suicide prevention lifestyle leisure sports hall ice rink outdoor gym'
	),
	'3.5': e(
		'alkohol narkotika droger missbruk beroende ANDT ANDTS spel om pengar drogförebyggande langning missbruksvård beroendevård drogfri',
		'alcohol drugs narcotics addiction substance abuse prevention'
	),
	'3.6': e(
		'trafiksäkerhet trafikolyckor trafikskadade hastighet säkra skolvägar skolväg övergångsställe trafikmiljö farthinder hastighetsdämpande',
		'road safety traffic accidents speed safe routes to school'
	),
	'3.7': e('sexualundervisning ungdomsmottagning preventivmedel', 'sex education youth clinic contraception'),
	'3.8': e(
		'hälso- och sjukvård vårdcentral primärvård äldreomsorg hemtjänst hemsjukvård omsorg vård och omsorg tandvård läkemedel äldreboende särskilt boende LSS funktionsstöd rehabilitering välfärdsteknik trygghetslarm',
		'health care primary care elderly care home care nursing welfare technology'
	),
	'3.9': e(
		'luftföroreningar buller miljögifter hälsofarliga ämnen förorenad mark markföroreningar partiklar inomhusmiljö radon',
		'air pollution noise toxic substances contaminated land'
	),
	'3.a': e('tobak rökning snus rökfri', 'tobacco smoking smoke-free'),
	'3.b': e('vaccin läkemedel', 'vaccines medicines'),
	'3.c': e(
		'vårdpersonal sjuksköterskor undersköterskor vårdbiträden rekrytera behålla personal vårdyrket kompetensutveckling i vården bemanning',
		'health workforce nurses care staff recruitment retention'
	),
	'3.d': e('pandemi smittspridning beredskap hälsorisker', 'pandemic preparedness health risks'),
	'4.1': e(
		'grundskola gymnasieskola gymnasium skola skolan elever behörighet betyg kunskapsmål måluppfyllelse skolresultat undervisning skolnärvaro skolfrånvaro fullföljda studier lärande studiero',
		'school pupils students grades attainment teaching attendance secondary school'
	),
	'4.2': e('förskola förskoleklass barnomsorg förskolebarn pedagogisk omsorg', 'preschool early childhood childcare'),
	'4.3': e(
		'vuxenutbildning komvux yrkesutbildning yrkeshögskola högskola universitet eftergymnasial utbildning studier lärcentrum yrkesvux',
		'adult education vocational training university higher education'
	),
	'4.4': e(
		'kompetens kompetensutveckling färdigheter yrkeskunnande digital kompetens entreprenörskap arbetsmarknadsutbildning kompetensförsörjning vidareutbildning utbildningsinsatser',
		'skills competence development digital skills entrepreneurship training'
	),
	'4.5': e(
		'likvärdig utbildning likvärdighet funktionsnedsättning särskilt stöd nyanlända elever inkluderande skola anpassad skola modersmål',
		'equity inclusive education special needs disability newly arrived pupils'
	),
	'4.6': e('läsa skriva räkna läsförståelse läsfrämjande läsning bibliotek sfi svenska för invandrare språkutveckling', 'literacy numeracy reading library'),
	'4.7': e(
		'utbildning för hållbar utveckling miljöundervisning hållbarhet i skolan mänskliga rättigheter demokrati värdegrund kulturell mångfald kulturskola',
		'education for sustainable development environmental education human rights democracy culture'
	),
	'4.a': e(
		'skollokaler skolgård lärmiljö lärandemiljö trygg skolmiljö skolbyggnad tillgänglig skola nya skolor förskolelokaler',
		'school buildings school environment learning environment'
	),
	'4.c': e('lärare behöriga lärare lärarutbildning pedagoger lärarbrist lärarassistenter', 'teachers qualified teachers teacher training'),
	'5.1': e(
		'jämställdhet diskriminering kvinnor flickor jämställdhetsintegrering jämställd kön',
		'gender equality discrimination women girls gender mainstreaming'
	),
	'5.2': e(
		'våld i nära relationer mäns våld mot kvinnor hedersrelaterat våld prostitution sexuellt våld kvinnofrid kvinnojour',
		'domestic violence violence against women honour-related violence'
	),
	'5.3': e('könsstympning barnäktenskap tvångsäktenskap hedersförtryck', 'female genital mutilation forced marriage'),
	'5.4': e('obetalt hemarbete föräldraledighet omsorgsansvar anhörigomsorg anhörigstöd', 'unpaid care parental leave family carers'),
	'5.5': e('kvinnor i ledande positioner kvinnliga chefer kvinnliga politiker representation', 'women in leadership women managers representation'),
	'5.6': e('sexuell och reproduktiv hälsa', 'sexual and reproductive health'),
	'5.c': e('jämställdhetsplan jämställdhetsstrategi', 'gender equality plan'),
	'6.1': e(
		'dricksvatten vattenverk vattenförsörjning vattenledning vattenledningsnät kranvatten allmänna vattentjänster reservvatten',
		'drinking water waterworks water supply tap water'
	),
	'6.2': e('sanitet toaletter hygien avlopp avloppssystem', 'sanitation toilets sewerage'),
	'6.3': e(
		'avloppsrening reningsverk avloppsvatten dagvatten vattenkvalitet övergödning enskilda avlopp VA VA-system ledningsnät utsläpp till vatten',
		'wastewater treatment sewage stormwater water quality eutrophication'
	),
	'6.4': e('vattenanvändning vattenbesparing vattenbrist grundvatten vattenuttag vattenläckage', 'water use water saving groundwater'),
	'6.5': e('vattenplan vattenförvaltning avrinningsområde vattenråd VA-plan vattenskydd', 'water management catchment water plan'),
	'6.6': e(
		'sjöar vattendrag våtmarker åar vattenmiljöer vattenskyddsområde restaurering av vatten dammar kalkning fiskevård',
		'lakes rivers wetlands streams water protection area'
	),
	'6.b': e('vattenråd lokal samverkan om vatten', 'water council'),
	'7.1': e('elförsörjning energiförsörjning elnät fjärrvärme energisystem', 'electricity supply energy supply grid district heating'),
	'7.2': e(
		'förnybar energi solceller solenergi solel solpaneler vindkraft biogas biobränsle fossilfri el vattenkraft förnybar el fossilfria bränslen',
		'renewable energy solar panels solar power wind power biogas biofuel'
	),
	'7.3': e(
		'energieffektivisering energianvändning energibesparing minskad elanvändning belysning LED isolering värmepump spillvärme energikartläggning',
		'energy efficiency energy use energy saving lighting insulation heat pump waste heat'
	),
	'8.1': e('tillväxt näringsliv ekonomisk utveckling', 'growth business economic development'),
	'8.2': e('produktivitet innovation digitalisering effektivisering automatisering', 'productivity innovation digitalisation automation'),
	'8.3': e(
		'företagande företagsklimat nyföretagande näringslivsutveckling näringslivsstrategi entreprenörskap småföretag lokala företag arbetstillfällen nya jobb företagare etablering',
		'business climate start-ups entrepreneurship small businesses local businesses job creation'
	),
	'8.4': e('resurseffektivitet cirkulär ekonomi', 'resource efficiency circular economy'),
	'8.5': e(
		'sysselsättning arbetslöshet arbetsmarknad jobb anställning heltid lika lön arbetsmarknadsinsatser arbetsmarknadsenhet extratjänster lönebidrag',
		'employment unemployment labour market jobs full-time equal pay'
	),
	'8.6': e(
		'unga arbetslösa ungdomar praktik feriejobb sommarjobb unga som varken arbetar eller studerar',
		'young people youth unemployment internships summer jobs'
	),
	'8.7': e('tvångsarbete människohandel', 'forced labour'),
	'8.8': e(
		'arbetsmiljö arbetsvillkor sjukfrånvaro medarbetare arbetsgivare systematiskt arbetsmiljöarbete anställda arbetsbelastning medarbetarskap ledarutveckling chefsutveckling personalpolitik attraktiv arbetsgivare',
		'working environment occupational health and safety sick leave employees employer workload leadership development attractive employer'
	),
	'8.9': e('turism besöksnäring evenemang destinationsutveckling besökare', 'tourism visitor industry events visitors'),
	'8.b': e('ungdomsarbetslöshet', 'youth employment'),
	'9.1': e(
		'infrastruktur vägar järnväg bredband broar gator vägnät gatunät',
		'infrastructure roads railway broadband road network'
	),
	'9.2': e('industri industrimark verksamhetsområde verksamhetsmark', 'industry industrial land'),
	'9.3': e('småföretag finansiering', 'small businesses finance'),
	'9.4': e('miljöteknik renare teknik ombyggnad', 'clean technology retrofit'),
	'9.5': e('forskning innovation innovationsarena utvecklingsprojekt', 'research innovation'),
	'9.c': e('bredband internet fiber mobiltäckning uppkoppling', 'broadband internet fibre connectivity'),
	'10.1': e('inkomstskillnader', 'income inequality'),
	'10.2': e(
		'inkludering delaktighet integration segregation utanförskap funktionsnedsättning nyanlända äldre tillgänglighet självbestämmande',
		'inclusion participation integration segregation disability'
	),
	'10.3': e('diskriminering lika möjligheter lika rättigheter', 'discrimination equal opportunities'),
	'10.7': e('migration nyanlända flyktingmottagande integration', 'migration newly arrived refugees integration'),
	'11.1': e(
		'bostäder bostadsbyggande hyresrätter bostadsförsörjning trygghetsboende bostadsbrist boende bostadsområde bostadsanpassning nya bostäder stadsdel',
		'housing affordable housing homes new homes district'
	),
	'11.2': e('kollektivtrafik buss tåg cykel cykelvägar gång- och cykelvägar cykelbana cykling resor pendling hållbart resande trafik transporter färdtjänst resecentrum elbilar laddinfrastruktur laddstolpar fossilfria fordon', 'public transport bus train cycling cycle paths walking commuting travel electric vehicles charging'),
	'11.3': e('samhällsplanering översiktsplan detaljplan stadsplanering medborgardialog bebyggelse stadsutveckling markanvändning förtätning bygglov', 'urban planning spatial planning zoning plan citizen dialogue land use building permits'),
	'11.4': e('kulturarv kulturmiljö museum fornminnen naturarv kulturhistoria', 'cultural heritage museum natural heritage'),
	'11.5': e('översvämning skyfall ras skred olyckor räddningstjänst', 'flooding landslides disasters rescue services'),
	'11.6': e(
		'luftkvalitet avfall sophantering avfallshantering miljöpåverkan renhållning nedskräpning',
		'air quality waste waste management municipal waste litter'
	),
	'11.7': e('parker park grönområde grönytor lekplats torg offentliga platser offentliga rum stadsmiljö mötesplatser trygghetsvandring', 'parks green spaces playgrounds public spaces squares'),
	'11.a': e('landsbygd landsbygdsutveckling regional utveckling tätort kommundelar', 'rural development regional development'),
	'11.b': e(
		'klimatanpassning risk- och sårbarhetsanalys krisberedskap civil beredskap',
		'climate adaptation risk and vulnerability analysis emergency preparedness'
	),
	'12.2': e('naturresurser råvaror resurshushållning livscykelperspektiv materialval', 'natural resources raw materials life cycle'),
	'12.3': e('matsvinn matavfall svinn storkök tallrikssvinn', 'food waste'),
	'12.4': e('kemikalier miljögifter farligt avfall giftfri giftfria miljöer kemikalieplan utfasning farliga ämnen', 'chemicals toxic hazardous waste toxic-free hazardous substances'),
	'12.5': e('återvinning återbruk återanvändning sortering källsortering avfallsminimering restavfall förpackningar insamling återvinningscentral cirkulär ekonomi', 'recycling reuse sorting waste prevention packaging collection circular economy'),
	'12.6': e('hållbarhetsredovisning hållbarhetsrapport miljöledning miljöledningssystem', 'sustainability reporting environmental management'),
	'12.7': e('upphandling inköp miljökrav hållbar upphandling sociala krav upphandlingskrav leverantörer', 'procurement purchasing suppliers'),
	'12.8': e('konsumtion hållbar livsstil information kampanj medvetenhet rådgivning invånare', 'consumption sustainable lifestyle awareness information campaign'),
	'13.1': e('klimatanpassning värmebölja torka skyfall översvämning', 'climate adaptation heatwave drought flooding'),
	'13.2': e('klimat klimatstrategi klimatplan växthusgaser koldioxid koldioxidutsläpp utsläpp klimatneutral klimatneutralitet fossilfri klimatpåverkan koldioxidbudget klimatmål', 'climate strategy climate plan greenhouse gas emissions carbon climate neutral fossil-free'),
	'13.3': e('klimatkunskap klimatutbildning klimatkommunikation', 'climate education climate communication'),
	'14.1': e('marint skräp nedskräpning plast', 'marine litter plastic'),
	'15.1': e('naturvård naturvårdsplan naturreservat skyddad natur naturområden friluftsområden', 'nature conservation nature reserve'),
	'15.2': e('skog skogsbruk kommunens skog skogsskötsel', 'forest forestry'),
	'15.3': e('förorenad mark markföroreningar sanering', 'contaminated land remediation'),
	'15.5': e('biologisk mångfald arter hotade arter livsmiljöer pollinatörer ängar', 'biodiversity species habitats pollinators'),
	'15.8': e('invasiva arter parkslide lupiner', 'invasive species'),
	'15.9': e('grönstruktur ekosystemtjänster ekologisk kompensation grönplan', 'green infrastructure ecosystem services ecological compensation'),
	'16.1': e('våld brott brottslighet brottsförebyggande trygghet otrygghet trygghetsarbete polis', 'violence crime crime prevention safety police'),
	'16.2': e(
		'barn som far illa barnkonventionen barnets rättigheter orosanmälan familjehem placeringar',
		'child abuse rights of the child child protection foster care'
	),
	'16.3': e('rättssäkerhet', 'rule of law'),
	'16.4': e('organiserad brottslighet kriminella nätverk', 'organised crime criminal networks'),
	'16.5': e('korruption mutor jäv oegentligheter visselblåsare', 'corruption bribery whistleblowing'),
	'16.6': e(
		'effektiv förvaltning intern kontroll styrning e-tjänster digital förvaltning medborgarservice informationssäkerhet IT-säkerhet dataskydd kvalitetsarbete verksamhetsutveckling administration',
		'effective administration internal control governance e-services information security data protection quality management'
	),
	'16.7': e('medborgardialog medborgarinflytande delaktighet ungdomsråd', 'citizen participation dialogue youth council'),
	'16.10': e('offentlighetsprincipen allmänna handlingar information till invånare', 'access to information public records'),
	'16.a': e('brottsförebyggande arbete våldsbejakande extremism', 'crime prevention violent extremism'),
	'17.14': e('samstämmighet', 'policy coherence'),
	'17.16': e('internationellt samarbete vänort', 'international cooperation twin town'),
	'17.17': e(
		'samverkan partnerskap civilsamhälle idéburna organisationer idéburet offentligt partnerskap föreningar',
		'cooperation partnership civil society non-profit organisations'
	),
	'17.18': e('statistik data öppna data', 'statistics open data'),
	'17.19': e('uppföljning indikatorer mätning', 'monitoring indicators measurement')
};

/** Targets that only states can act on: development aid, trade rules, global finance and institutions. */
export const STATE_LEVEL: ReadonlySet<string> = new Set(
	`1.a 1.b 2.a 2.b 2.c 3.b 4.b 6.a 7.a 7.b 8.a 9.a 9.b 10.4 10.5 10.6 10.a 10.b 10.c 11.c 12.a 12.c 13.a 13.b
	14.6 14.7 14.a 14.c 15.b 16.8 16.9 17.1 17.2 17.3 17.4 17.5 17.6 17.7 17.8 17.9 17.10 17.11 17.12 17.13 17.15`.split(/\s+/)
);
