// Words that say nothing about which target an activity serves: function words (the Snowball lists),
// plus the report words every plan and every target text is full of.

const SV = `
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne
då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara
vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan
varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess
inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas
ska skall kommer komma får få fick göra gör gjort gjorde också även samt bland annat andra annan annans
mer mera mest många flera fler olika genom enligt inklusive ex bl etc osv år åren året per procent
senast fram dock både sätt kunna måste bör behöver vill ta tar tas se ser inget inga själva
ge ger ges gav getts använda använder används bättre större mindre ny nya nytt bra god goda gott stor stora
kommun kommunen kommunens kommuner kommunerna kommunernas arbetet fortsätta fortsätter fortsatt fortsatta
påbörja påbörjar genomföra genomför genomförs implementera implementerar öka ökar ökad ökade ökat ökning
minska minskar minskad minskade minskat minskning förbättra förbättrar förbättrad förbättrade främja främjar
stärka stärker stärks stärkt stärkta utveckla utvecklar utvecklas säkerställa säkerställer skapa skapar skapas
`;

const EN = `
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself yourselves
also including within across per cent percent year years etc
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
// Swedish also as typed without diacritics ("for", "pa").
const folded = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '');

export const STOP_WORDS = { sv: new Set(words(SV).flatMap((w) => [w, folded(w)])), en: new Set(words(EN)) } as const;
