/**
 * Everyday words of both languages that say how something is asked rather than what about: verbs,
 * adverbs, pronouns, a few adjectives. The question reader counts them as known, so that "vilka
 * möten har vi framöver?" is not taken for a question about something else; what is left unknown
 * is the subject ("tågresa", "pivottabell"), which tells a question samrad cannot answer.
 */
export const COMMON_WORDS = `
framover framat fortsattningsvis kommande senare tidigare snart nyss strax sedan sen sist forst igen redan
an annu fortfarande alltid aldrig ofta ibland nagonsin just bara endast aven ocksa dessutom kanske nog
ju val typ liksom egentligen ungefar cirka runt kring ca inte ej nej ja jo japp nej inga ingen inget
uppe upp ner nere ute ut in inne hem hemma borta bort dit hit dar har dar
fore efter innan under over mellan genom utan mot emot bland enligt pga
stor stort stora storre storst liten litet lilla sma mindre minst mer mest flera fler manga mycket
ny nytt nya gammal gamla forra nasta sista forsta andra tredje hela halva
bra battre bast daligt fel ratt klar klart klara fardig fardigt oppen oppet stangd stangt viktig viktigt
ligger ligga lag legat star sta stod statt sitter sitta satt suttit gar ga gick gatt kommer komma kom kommit
gor gora gjorde gjort far fa fick fatt tar ta tog tagit ger ge gav gett ser se sag sett hander hande hant
vet veta visste vetat tror tro trodde tycker tycka tyckte behover behova behovde maste borde vill ville
skulle kunde kunna kan ska skall brukar bruka hinner hinna orkar
lagger lagga lade lagt lagts laggs satter satta satte satts hittar hitta hittade hittat finns fanns funnits
svarar svara svarade fragar fraga fragade sager saga sa sade sagt pratar prata snackar diskuterar
behandlar behandla behandlas behandlats tas tags togs tagits skickas skickats skickades gors gjordes
blir bli blev blivit varit vara ar var ha hade haft har
menar mena betyder betyda heter hette handlar handla galler galla rorde ror
borjar borja borjade slutar sluta slutade haller halla holl pagar paga
vantar vanta undrar undra hjalper hjalpa hjalpte visar visa visade skriver skriva skrev
min mitt mina din ditt dina hans hennes dess var vart vara er ert era deras sin sitt sina
nagon nagot nagra vilken vilket vilka sadan sant sadana samma annan annat andra varje alla allt
man folk nan sjalv sjalva
dag dagar vecka veckor manad manader ar aret tid tiden gang ganger datum klockan timme timmar
sak saker grej grejer fraga fragor svar info information
tack hej hallo okej ok
rek rekar rekommendationer skoter skota skotte jobb jobbet actually exactly really bot boten
registrera registrerad registrerat registrerats diarieford diarieforts protokollford protokollfort
villkor villkoren villkorat villkorad conditional conditions condition registered recorded filed
forvantas fatta fattar fattade fattas sammantrade sammantradet sammantraden vid
horde hor hora tillhor tillhorde uppfyllt uppfylld uppfyllda uppfyllas delar dela delas del delen
beslots beslot beslutas besluts motes mots
antagandet antagande antagna godkant godkanda beslutad beslutat beslutade
coming upcoming anywhere somewhere everywhere nowhere anything something nothing everything
would could should will shall might must may going gone come comes came get gets got gotten
find found know knew think thought need needs want wants see saw seen look looks give gave given
take takes took taken put puts make makes made say says said tell told ask asks asked
still already yet again soon later earlier before after during until since ago ever never always
just only also too very really quite maybe perhaps probably please kindly
up down out in into over under between through without against among
big bigger biggest small smaller smallest more most less least many much few several
new old last next first second third whole half
good better best bad wrong right ready done open closed important
lie lies lying stand stands standing sit sits sitting go goes going went
is am are was were been being be have has had having do does did done
mean means called handle handles deal deals cover covers covered
start starts started end ends ended begin begins began hold holds held
wait waiting wonder help helps show shows write writes wrote
my mine your yours his her its our ours their theirs
some any each every all both either neither other another same such
one someone anyone everyone people
day days week weeks month months year years time times date dates hour hours
thing things question questions answer answers info information
thanks hello hi okay ok yes no not
`
  .split(/\s+/)
  .filter((w) => w !== '');
