import type { Lang } from './lang.js';

/**
 * The words of samrad's chat answers and card labels, in both languages. The interface makes the
 * compiler check that both languages have every text.
 */
export interface ReplyTexts {
  labels: {
    when: string;
    where: string;
    documents: string;
    join: string;
    showAgenda: string;
    showItem: string;
    showCalendar: string;
    presenter: string;
    attachments: string;
    proposal: string;
    decision: string;
    background: string;
    noAgendaYet: string;
    item: string;
    noMeetings: string;
    total: string;
    today: string;
    change: string;
    cancelled: string;
    role: string;
    nextMeeting: string;
    examplesHeading: string;
    showMore: string;
    answerBelow: string;
  };
  attachmentsText: (list: string) => string;
  itemHeading: (number: number, title: string) => string;
  calendarHeading: (bodyName: string | null) => string;
  searchHeading: (query: string, hits: number) => string;
  searchNothing: (query: string) => string;
  /** "handlar punkt 7 om TN-platser?": yes, or no, about the item asked about. */
  searchYes: (item: number, meeting: string, query: string) => string;
  searchNo: (item: number, meeting: string, query: string) => string;
  /** "finns det något om X?": yes, with the items that follow. */
  searchFound: (query: string) => string;
  /** A calendar for a period with no meetings in it. */
  calendarNothing: (bodyName: string | null, period: string) => string;
  decisionHeading: (bodyName: string, date: string, number: number) => string;
  decisionNotRecorded: string;
  decisionNothing: (topic: string) => string;
  costHeading: (cost: string) => string;
  costSummaryPrincipal: (principal: string, amount: string, total: string) => string;
  costSummaryCompared: (principal: string, current: string, change: string) => string;
  costSummaryAll: (amount: string) => string;
  costWhich: (names: string) => string;
  costNone: string;
  costWhoAreYou: string;
  myBodiesUnknown: string;
  myBodiesNone: (name: string) => string;
  help: { asked: string; greeting: (name: string | null) => string; notUnderstood: string };
  helpExamples: string[];
  noPresenter: string;
  noAttachments: string;
  noProposal: string;
  noMeeting: (bodyName: string | null) => string;
  noSuchItem: (number: number, meeting: string) => string;
  noAgenda: (meeting: string) => string;
  noMeetingOnDate: (date: string) => string;
  /** "har vi möte i morgon?": no, and when the next one is. */
  noMeetingInPeriod: (period: string, next: string | null) => string;
  nextMeetingIs: (next: string) => string;
  /** "har vi möte nästa vecka?": yes, and which. */
  meetingInPeriod: (meeting: string) => string;
  /** "är mötet i februari inställt?" */
  meetingCancelled: (meeting: string, reason: string | null) => string;
  meetingNotCancelled: (meeting: string) => string;
  meetingCancelledSoNo: (meeting: string, reason: string | null) => string;
  /** "blev det bifall?" */
  outcomeYes: (outcome: string) => string;
  outcomeNo: (outcome: string) => string;
  outcomeNotYet: string;
  /** Yes or no about a step of a decision's way. */
  journeyAnswer: {
    forwarded: (to: string) => string;
    notForwarded: string;
    registered: (outcome: string) => string;
    notRegistered: string;
    hasCondition: (conditions: string) => string;
    noCondition: string;
    conditionMet: string;
    conditionNotMet: string;
    isOpen: string;
    isNotOpen: string;
  };
  /** "finns det något om äldreomsorg?" */
  searchNone: (query: string) => string;
  /** "32 december": a date that does not exist. */
  impossibleDate: (written: string) => string;
  /** A command with more around it than the command: nothing is done; how to write it. */
  commandUnclear: (intent: string, item?: number) => string;
  /** "finns det bilagor till punkt 5?" */
  attachmentsYes: (text: string) => string;
  attachmentsNo: string;
  languageSet: string;
  genericError: string;
  actionInvalid: string;
  decision: {
    heading: (body: string, number: number) => string;
    choices: Record<'for' | 'against' | 'abstain', string>;
    outcomes: Record<'adopted' | 'adopted-with-amendment' | 'rejected' | 'tabled' | 'sent-back', string>;
    open: string;
    closed: (outcome: string, date: string) => string;
    voted: (voted: number, eligible: number) => string;
    sides: (municipalities: string, region: string) => string;
    sideTally: (forCount: number, against: number, abstain: number) => string;
    /** "Du röstade bifall": the member's own choice, said as what they did. */
    yourVote: (choice: 'for' | 'against' | 'abstain') => string;
    notVoted: string;
    conditions: string;
    adoptedWithAmendment: string;
    closeHeading: string;
    closeButton: string;
    refresh: string;
    outcomeLabel: string;
    amendmentLabel: string;
    amendmentPlaceholder: string;
    dissentButton: string;
    dissentPlaceholder: string;
    dissentSubmit: string;
    dissents: (n: number) => string;
    dissentRecorded: string;
    chooseBody: (number: number) => string;
    chatLinked: (body: string) => string;
    chatLinkedMeeting: (body: string, date: string) => string;
    /** "öppna beslut punkt 4 den 10 december" when the body does not meet then. */
    noMeetingThen: (body: string, period: string) => string;
    notOnRoster: string;
    whichBody: string;
    noOpenDecision: (number: number, body: string) => string;
    /** "avsluta beslutet om punkt 6": the outcome (or the item) is missing. */
    closeHow: (number: number | undefined) => string;
    /** "hur går omröstningen?": where a vote stands. */
    voteStatusOpen: (body: string, number: number, title: string, voted: string, tally: string) => string;
    voteStatusClosed: (
      body: string,
      number: number,
      title: string,
      date: string,
      outcome: string,
      tally: string,
    ) => string;
    noVoteToShow: string;
    noVotesRecorded: string;
    howToVote: string;
    alsoOpen: (number: number, own: string) => string;
    noVoteOnItem: (number: number) => string;
    voteStatusNotOnRoster: string;
    noVoteForYou: string;
    anonymousVote: string;
    othersNotShown: string;
  };
  nomination: {
    formTitle: (group: string) => string;
    name: string;
    email: string;
    principal: string;
    side: string;
    sides: Record<'municipalities' | 'region', string>;
    seat: string;
    seats: Record<'ordinary' | 'substitute', string>;
    motivation: string;
    submit: string;
    nameError: string;
    emailError: string;
    added: (name: string, group: string) => string;
    reserve: (name: string, group: string) => string;
    merged: (name: string, group: string) => string;
    whichGroup: (groups: string) => string;
    noGroups: string;
    /** In place of proposal clauses that name nominees, for someone not in the body. */
    namesForMembers: string;
    statuses: Record<'open' | 'paused' | 'closed' | 'none', string>;
    pausedBecause: (reason: string) => string;
    deadline: (date: string) => string;
    decideAt: (meeting: string) => string;
    seatsText: (filled: number, total: number, substitutesFilled: number, substitutes: number) => string;
    /** Yes or no: "har Mora nominerat någon?", "är alla platser tillsatta?". */
    hasNominated: (principal: string) => string;
    hasNotNominated: (principal: string) => string;
    allSeatsFilled: string;
    seatsFilled: (filled: number, total: number) => string;
    nomineeStatuses: Record<'nominated' | 'reserve' | 'accepted' | 'declined' | 'appointed', string>;
    hidden: string;
    noNominees: string;
    request: (group: string, principal: string, by: string) => string;
    /** The nominee's answer written in words: nothing waits for one, or more than one does. */
    noRequestWaiting: string;
    moreWaiting: (n: number) => string;
    accept: string;
    decline: string;
    accepted: string;
    declined: string;
    putOnAgenda: (number: number, body: string, date: string) => string;
    notOnRoster: string;
    nomineeNotReachable: (name: string) => string;
  };
  journey: {
    title: (title: string) => string;
    decided: (body: string, date: string, number: number, outcome: string) => string;
    openAt: (body: string, date: string, number: number) => string;
    condition: Record<'pending' | 'met' | 'failed', string>;
    awaiting: (body: string, date: string | null, number: number | null) => string;
    adoptions: (adopted: number, total: number) => string;
    deadline: (date: string) => string;
    overdue: (date: string) => string;
    missing: (names: string) => string;
    allAdopted: string;
  };
}

const sv: ReplyTexts = {
  labels: {
    when: 'När',
    where: 'Var',
    documents: 'Handlingar',
    join: 'Anslut till mötet',
    showAgenda: 'Visa dagordningen',
    showItem: 'Visa punkten',
    showCalendar: 'Kalendarium',
    presenter: 'Föredragande',
    attachments: 'Bilagor',
    proposal: 'Förslag till beslut',
    decision: 'Beslut',
    background: 'Bakgrund',
    noAgendaYet: 'Ingen dagordning är publicerad ännu.',
    item: 'Punkt',
    noMeetings: 'Inga kommande möten.',
    total: 'Summa',
    today: 'I dag',
    change: 'Förändring',
    cancelled: 'INSTÄLLT',
    role: 'Roll',
    nextMeeting: 'Nästa möte',
    examplesHeading: 'Du kan till exempel fråga:',
    showMore: 'Visa bakgrund',
    answerBelow: 'Svaret visas nedan.',
  },
  attachmentsText: (list) => `Bilaga ${list}`,
  itemHeading: (n, title) => `Punkt ${n}. ${title}`,
  calendarHeading: (body) => (body ? `Kalendarium – ${body}` : 'Kalendarium'),
  searchHeading: (q, n) => `${n === 1 ? '1 träff' : `${n} träffar`} på "${q}"`,
  searchNothing: (q) => `Jag hittar inga ärenden om "${q}". Pröva ett annat ord, eller skriv "hjälp".`,
  searchYes: (n, m, q) => `Ja, punkt ${n} på ${m} handlar om "${q}".`,
  searchNo: (n, m, q) => `Nej, punkt ${n} på ${m} handlar inte om "${q}".`,
  searchFound: (q) => `Ja, det finns ärenden om "${q}":`,
  calendarNothing: (body, period) =>
    body ? `${body} har inga möten ${period}.` : `Det finns inga möten ${period}.`,
  decisionHeading: (body, date, n) => `${body}, ${date}, punkt ${n}`,
  decisionNotRecorded: 'Beslutet är inte registrerat i samrad; så här löd förslaget till beslut.',
  decisionNothing: (t) => `Jag hittar inget beslut om "${t}".`,
  costHeading: (cost) => `Kostnadsfördelning: ${cost}`,
  costSummaryPrincipal: (p, a, total) => `${p} betalar ${a} per år av totalt ${total}.`,
  costSummaryCompared: (p, current, change) => `I dag betalar ${p} ${current} (${change}).`,
  costSummaryAll: (a) =>
    `${a} per år fördelas 50/50 mellan regionen och kommunerna; kommunernas del efter befolkning.`,
  costWhich: (names) => `Vilken kostnad menar du? Jag känner till: ${names}.`,
  costNone:
    'Jag känner inte till några gemensamma kostnader ännu. Ange ett belopp, t.ex. "fördela 2 000 000 kr".',
  costWhoAreYou: 'Vilken kommun menar du? Skriv till exempel "vad betalar Falun för RSS?".',
  myBodiesUnknown:
    'Du finns inte i ledamotsregistret, så jag vet inte vilka organ du sitter i. Be nätverkets sekreterare lägga till dig. Du kan ändå fråga om möten och dagordningar.',
  myBodiesNone: (name) => `${name}, du har inga uppdrag registrerade just nu.`,
  help: {
    asked: 'Jag svarar på frågor om nätverkens möten, dagordningar, beslut och kostnader.',
    greeting: (name) =>
      `Hej${name ? ` ${name}` : ''}! Jag är samrad och håller ordning på möten, dagordningar och beslut i Dalarnas välfärdsnätverk.`,
    notUnderstood: 'Jag förstod inte riktigt. Pröva att fråga så här:',
  },
  helpExamples: [
    'När är nästa möte?',
    'Vad står på dagordningen?',
    'Vem föredrar punkt 5?',
    'Förslag till beslut punkt 4',
    'Kalendarium',
    'Vad betalar Falun för RSS?',
    'Vad beslutades om tillnyktringsplatser?',
    'Var står beslutet om tillnyktringsplatser?',
    'Vilka är nominerade till Styrgrupp GNV?',
    'Sök hjärtsvikt',
  ],
  noPresenter: 'Ingen föredragande är angiven för punkten.',
  noAttachments: 'Punkten har inga bilagor.',
  noProposal: 'Punkten har inget förslag till beslut.',
  noMeeting: (body) => `Det finns inget kommande möte${body ? ` för ${body}` : ''}.`,
  noSuchItem: (n, m) => `Dagordningen för ${m} har ingen punkt ${n}.`,
  noAgenda: (m) => `Ingen dagordning är publicerad för ${m} ännu.`,
  noMeetingOnDate: (d) => `Jag hittar inget möte ${d}.`,
  noMeetingInPeriod: (p, next) => `Nej, det finns inget möte ${p}.${next ? ` Nästa är ${next}.` : ''}`,
  nextMeetingIs: (next) => `Nästa är ${next}.`,
  meetingInPeriod: (m) => `Ja: ${m}.`,
  meetingCancelled: (m, reason) => `Ja, ${m} är inställt${reason ? ` (${reason.replace(/\.$/, '')})` : ''}.`,
  meetingNotCancelled: (m) => `Nej, ${m} är inte inställt.`,
  meetingCancelledSoNo: (m, reason) =>
    `Nej, ${m} är inställt${reason ? ` (${reason.replace(/\.$/, '')})` : ''}.`,
  outcomeYes: (o) => `Ja, beslutet blev ${o}.`,
  outcomeNo: (o) => `Nej, beslutet blev ${o}.`,
  outcomeNotYet: 'Beslutet är inte registrerat ännu.',
  searchNone: (q) => `Nej, jag hittar inga ärenden om "${q}".`,
  impossibleDate: (w) =>
    `"${w}" är inget datum jag kan läsa. Skriv till exempel "4 december" eller "i januari".`,
  commandUnclear: (intent, item) =>
    `Jag gör ingenting: det låter som ett kommando, men med mer runt omkring. Menar du det, skriv bara kommandot, till exempel "${commandSample('sv', intent, item) ?? 'hjälp'}".`,
  journeyAnswer: {
    forwarded: (to) => `Ja, beslutet skickades vidare till ${to}.`,
    notForwarded: 'Nej, beslutet har inte skickats vidare.',
    registered: (o) => `Ja, beslutet är registrerat: ${o}.`,
    notRegistered: 'Nej, beslutet är inte registrerat ännu.',
    hasCondition: (c) => `Ja, beslutet har villkor: ${c}`,
    noCondition: 'Nej, beslutet har inga villkor.',
    conditionMet: 'Ja, villkoret är uppfyllt.',
    conditionNotMet: 'Nej, villkoret är inte uppfyllt ännu.',
    isOpen: 'Ja, beslutet är öppet för röstning.',
    isNotOpen: 'Nej, beslutet är inte öppet.',
  },
  attachmentsYes: (text) => `Ja: ${text}.`,
  attachmentsNo: 'Nej, punkten har inga bilagor.',
  languageSet: 'Jag svarar på svenska från och med nu.',
  genericError: 'Något gick fel hos mig. Ingenting har ändrats; försök gärna igen.',
  actionInvalid: 'Knappen kunde inte användas: uppgifterna i den är ofullständiga. Fråga gärna på nytt.',
  decision: {
    heading: (body, n) => `${body} · beslut om punkt ${n}`,
    choices: { for: 'Bifall', against: 'Avslag', abstain: 'Avstår' },
    outcomes: {
      adopted: 'Bifall till förslaget',
      'adopted-with-amendment': 'Bifall med ändring',
      rejected: 'Avslag',
      tabled: 'Bordläggs till nästa möte',
      'sent-back': 'Återremiss',
    },
    open: 'Omröstningen pågår.',
    closed: (outcome, date) => `Beslutat ${date}: ${outcome}.`,
    voted: (v, e) => `${v} av ${e} röstberättigade har röstat.`,
    sides: (m, r) => `Kommunerna: ${m}. Regionen: ${r}.`,
    sideTally: (f, a, ab) => `${f} bifall, ${a} avslag, ${ab} avstår`,
    yourVote: (c) => ({ for: 'Du röstade bifall', against: 'Du röstade avslag', abstain: 'Du avstår' })[c],
    notVoted: 'Du har inte röstat än.',
    conditions: 'Villkor',
    adoptedWithAmendment: 'Beslutet med ändring',
    closeHeading: 'Avsluta beslutet (ordförande)',
    closeButton: 'Avsluta beslutet',
    refresh: 'Uppdatera',
    outcomeLabel: 'Beslut',
    amendmentLabel: 'Ändring',
    amendmentPlaceholder: 'Ändring, om beslutet fattas med ändring (att ...)',
    dissentButton: 'Reservera mig',
    dissentPlaceholder: 'Skäl till reservationen',
    dissentSubmit: 'Spara reservationen',
    dissents: (n) => (n === 1 ? '1 reservation' : `${n} reservationer`),
    dissentRecorded: 'Din reservation är sparad.',
    chooseBody: (n) => `Vilket organ gäller beslutet om punkt ${n}?`,
    chatLinked: (b) => `Chatten är nu kopplad till ${b}.`,
    chatLinkedMeeting: (b, d) => `Chatten är nu kopplad till ${b}s möte ${d}.`,
    notOnRoster: 'Du finns inte i ledamotsregistret, så du kan inte öppna beslut eller koppla chatten.',
    noMeetingThen: (b, p) => `${b} har inget möte ${p}, så jag öppnar inget beslut.`,
    whichBody: 'Vilket organ menar du? Skriv till exempel "koppla chatten till Chefsnätverket".',
    closeHow: (n) =>
      `Skriv också vad som beslutades, till exempel "stäng beslut punkt ${n ?? 4} med bifall" (eller avslag, bordläggning, återremiss), eller tryck på "Avsluta beslutet" på beslutet.`,
    noOpenDecision: (n, b) =>
      `Det finns inget öppet beslut om punkt ${n}${b ? ` i ${b}` : ''}. Öppna det först med "öppna beslut punkt ${n}".`,
    voteStatusOpen: (b, n, title, voted, tally) =>
      `Omröstningen om punkt ${n} i ${b} (${title}) pågår. ${voted} Hittills ${tally}.`,
    voteStatusClosed: (b, n, title, date, outcome, tally) =>
      `${b} beslutade om punkt ${n} (${title}) ${date}: ${outcome}. Rösterna: ${tally}.`,
    noVoteToShow: 'Det finns ingen omröstning att visa: inget beslut är öppnat i dina organ.',
    noVotesRecorded: 'inga röster registrerade (beslutet togs utan omröstning)',
    howToVote:
      'Jag lägger inga röster utifrån text: rösta med knapparna på beslutet i chatten, eller i mötespanelen.',
    alsoOpen: (n, own) =>
      `Omröstning pågår också om punkt ${n}${own ? ` (${own.replace(/\.$/, '').toLowerCase()})` : ''}.`,
    noVoteOnItem: (n) =>
      `Det finns ingen pågående eller nyss avslutad omröstning om punkt ${n} i dina organ.`,
    voteStatusNotOnRoster: 'Du finns inte i ledamotsregistret, så du har inga omröstningar att följa här.',
    noVoteForYou: 'Du har ingen rösträtt i det här beslutet.',
    anonymousVote: 'Omröstningen är anonym: bara antalet röster visas, även för dig.',
    othersNotShown: 'Hur någon annan röstat visar jag inte, bara antalet röster.',
  },
  nomination: {
    formTitle: (g) => `Nominera till ${g}`,
    name: 'Namn',
    email: 'E-post',
    principal: 'Huvudman',
    side: 'Plats för',
    sides: { municipalities: 'kommunerna', region: 'regionen' },
    seat: 'Plats',
    seats: { ordinary: 'Ordinarie', substitute: 'Ersättare' },
    motivation: 'Kort motivering',
    submit: 'Nominera',
    nameError: 'Skriv namnet (högst 120 tecken).',
    emailError: 'Skriv en giltig e-postadress.',
    added: (n, g) => `${n} är nominerad till ${g}.`,
    reserve: (n, g) => `${n} är nominerad till ${g} som reserv: den sidans platser är redan fyllda.`,
    merged: (n, g) => `${n} var redan nominerad till ${g}; din nominering är sammanslagen med den.`,
    whichGroup: (groups) => `Vilken grupp gäller det? Nominering pågår till: ${groups}.`,
    noGroups: 'Det pågår inga nomineringar just nu.',
    namesForMembers: 'Förslaget namnger de nominerade; namnen visas för ledamöterna i organet.',
    statuses: {
      open: 'Nomineringen är öppen',
      paused: 'Nomineringen är pausad',
      closed: 'Nomineringen är stängd',
      none: 'Ingen nominering har öppnats',
    },
    pausedBecause: (r) => `Pausad: ${r}`,
    deadline: (d) => `Sista dag att nominera: ${d}`,
    decideAt: (m) => `Beslut: ${m}`,
    seatsText: (f, t, sf, st) => `${f} av ${t} platser fyllda${st > 0 ? `, ${sf} av ${st} ersättare` : ''}`,
    hasNominated: (p) => `Ja, ${p} har nominerat.`,
    hasNotNominated: (p) => `Nej, ${p} har inte nominerat någon ännu.`,
    allSeatsFilled: 'Ja, alla platser är tillsatta.',
    seatsFilled: (f, t) => `Nej, ${f} av ${t} platser är tillsatta.`,
    nomineeStatuses: {
      nominated: 'nominerad',
      reserve: 'reserv',
      accepted: 'har tackat ja',
      declined: 'har tackat nej',
      appointed: 'utsedd',
    },
    hidden: 'Namnen visas bara för ledamöter i det nominerande organet.',
    noNominees: 'Inga nominerade än.',
    request: (g, p, by) => `Du har nominerats till ${g} för ${p} av ${by}. Vill du ta uppdraget?`,
    noRequestWaiting: 'Du har ingen nominering som väntar på ditt svar.',
    moreWaiting: (n) =>
      n === 1 ? 'En nominering till väntar på svar.' : `${n} nomineringar till väntar på svar.`,
    accept: 'Tacka ja',
    decline: 'Tacka nej',
    accepted: 'Du har tackat ja. Tack!',
    declined: 'Du har tackat nej.',
    putOnAgenda: (n, b, d) =>
      `Nomineringen ligger nu som punkt ${n} på ${b}s möte ${d}. Öppna beslutet med "öppna beslut punkt ${n}".`,
    notOnRoster:
      'Du finns inte i ledamotsregistret, så du kan inte nominera. Be nätverkets sekreterare lägga till dig.',
    nomineeNotReachable: (n) =>
      `${n} har inte chattat med samrad än och kan inte få en förfrågan här; be hen svara på annat sätt.`,
  },
  journey: {
    title: (t) => `Var står beslutet: ${t}`,
    decided: (b, d, n, o) => `${b} ${d}, punkt ${n}: ${o}`,
    openAt: (b, d, n) => `${b} ${d}, punkt ${n}: omröstning pågår`,
    condition: {
      pending: 'Villkoret väntar på motsvarande beslut',
      met: 'Villkoret är uppfyllt',
      failed: 'Villkoret uppfylldes inte',
    },
    awaiting: (b, d, n) => `Väntar på ${b}${d ? ` ${d}` : ''}${n ? `, punkt ${n}` : ''}`,
    adoptions: (a, t) => `${a} av ${t} huvudmän har antagit rekommendationen`,
    deadline: (d) => `Senast ${d}`,
    overdue: (d) => `Försenat: skulle ha antagits senast ${d}`,
    missing: (names) => `Har inte antagit: ${names}`,
    allAdopted: 'Alla huvudmän har antagit rekommendationen.',
  },
};

const en: ReplyTexts = {
  labels: {
    when: 'When',
    where: 'Where',
    documents: 'Documents',
    join: 'Join the meeting',
    showAgenda: 'Show the agenda',
    showItem: 'Show the item',
    showCalendar: 'Calendar',
    presenter: 'Presenter',
    attachments: 'Attachments',
    proposal: 'Proposed decision',
    decision: 'Decision',
    background: 'Background',
    noAgendaYet: 'No agenda has been published yet.',
    item: 'Item',
    noMeetings: 'No coming meetings.',
    total: 'Total',
    today: 'Today',
    change: 'Change',
    cancelled: 'CANCELLED',
    role: 'Role',
    nextMeeting: 'Next meeting',
    examplesHeading: 'You can ask, for example:',
    showMore: 'Show background',
    answerBelow: 'The answer is shown below.',
  },
  attachmentsText: (list) => `Attachment ${list}`,
  itemHeading: (n, title) => `Item ${n}. ${title}`,
  calendarHeading: (body) => (body ? `Calendar – ${body}` : 'Calendar'),
  searchHeading: (q, n) => `${n === 1 ? '1 match' : `${n} matches`} for "${q}"`,
  searchNothing: (q) => `I find no items about "${q}". Try another word, or write "help".`,
  searchYes: (n, m, q) => `Yes, item ${n} at ${m} is about "${q}".`,
  searchNo: (n, m, q) => `No, item ${n} at ${m} is not about "${q}".`,
  searchFound: (q) => `Yes, there are items about "${q}":`,
  calendarNothing: (body, period) =>
    body ? `${body} has no meetings ${period}.` : `There are no meetings ${period}.`,
  decisionHeading: (body, date, n) => `${body}, ${date}, item ${n}`,
  decisionNotRecorded: 'The decision is not recorded in samrad; this was the proposed decision.',
  decisionNothing: (t) => `I find no decision about "${t}".`,
  costHeading: (cost) => `Cost split: ${cost}`,
  costSummaryPrincipal: (p, a, total) => `${p} pays ${a} a year of ${total} in total.`,
  costSummaryCompared: (p, current, change) => `Today ${p} pays ${current} (${change}).`,
  costSummaryAll: (a) =>
    `${a} a year is split 50/50 between the region and the municipalities; their half by population.`,
  costWhich: (names) => `Which cost do you mean? I know: ${names}.`,
  costNone: 'I know of no joint costs yet. Give an amount, e.g. "split 2 000 000 kr".',
  costWhoAreYou: 'Which municipality do you mean? Write for example "what does Falun pay for RSS?".',
  myBodiesUnknown:
    "You are not on the roster, so I do not know which bodies you sit in. Ask the network's secretary to add you. You can still ask about meetings and agendas.",
  myBodiesNone: (name) => `${name}, you have no seats on record at the moment.`,
  help: {
    asked: "I answer questions about the networks' meetings, agendas, decisions and costs.",
    greeting: (name) =>
      `Hello${name ? ` ${name}` : ''}! I am samrad and keep track of the meetings, agendas and decisions of the Dalarna welfare networks.`,
    notUnderstood: 'I did not quite understand. Try asking like this:',
  },
  helpExamples: [
    'When is the next meeting?',
    'What is on the agenda?',
    'Who presents item 5?',
    'Proposal for item 4',
    'Calendar',
    'What does Falun pay for RSS?',
    'What was decided about tillnyktringsplatser?',
    'Where does the decision on tillnyktringsplatser stand?',
    'Who is nominated to Styrgrupp GNV?',
    'Search hjärtsvikt',
  ],
  noPresenter: 'No presenter is given for the item.',
  noAttachments: 'The item has no attachments.',
  noProposal: 'The item has no proposed decision.',
  noMeeting: (body) => `There is no coming meeting${body ? ` of ${body}` : ''}.`,
  noSuchItem: (n, m) => `The agenda of ${m} has no item ${n}.`,
  noAgenda: (m) => `No agenda has been published for ${m} yet.`,
  noMeetingOnDate: (d) => `I find no meeting ${d}.`,
  noMeetingInPeriod: (p, next) => `No, there is no meeting ${p}.${next ? ` The next is ${next}.` : ''}`,
  nextMeetingIs: (next) => `The next is ${next}.`,
  meetingInPeriod: (m) => `Yes: ${m}.`,
  meetingCancelled: (m, reason) =>
    `Yes, ${m} is cancelled${reason ? ` (${reason.replace(/\.$/, '')})` : ''}.`,
  meetingNotCancelled: (m) => `No, ${m} is not cancelled.`,
  meetingCancelledSoNo: (m, reason) =>
    `No, ${m} is cancelled${reason ? ` (${reason.replace(/\.$/, '')})` : ''}.`,
  outcomeYes: (o) => `Yes, the decision was: ${o}.`,
  outcomeNo: (o) => `No, the decision was: ${o}.`,
  outcomeNotYet: 'The decision is not recorded yet.',
  searchNone: (q) => `No, I find no items about "${q}".`,
  impossibleDate: (w) => `"${w}" is no date I can read. Write for example "4 December" or "in January".`,
  commandUnclear: (intent, item) =>
    `I have done nothing: that sounds like a command, but with more around it. If you mean it, write just the command, for example "${commandSample('en', intent, item) ?? 'help'}".`,
  journeyAnswer: {
    forwarded: (to) => `Yes, the decision was sent on to ${to}.`,
    notForwarded: 'No, the decision has not been sent on.',
    registered: (o) => `Yes, the decision is recorded: ${o}.`,
    notRegistered: 'No, the decision is not recorded yet.',
    hasCondition: (c) => `Yes, the decision has conditions: ${c}`,
    noCondition: 'No, the decision has no conditions.',
    conditionMet: 'Yes, the condition is met.',
    conditionNotMet: 'No, the condition is not met yet.',
    isOpen: 'Yes, the decision is open for voting.',
    isNotOpen: 'No, the decision is not open.',
  },
  attachmentsYes: (text) => `Yes: ${text}.`,
  attachmentsNo: 'No, the item has no attachments.',
  languageSet: 'I will answer in English from now on.',
  genericError: 'Something went wrong on my side. Nothing was changed; please try again.',
  actionInvalid: 'The button could not be used: its data is incomplete. Please ask again.',
  decision: {
    heading: (body, n) => `${body} · decision on item ${n}`,
    choices: { for: 'For', against: 'Against', abstain: 'Abstain' },
    outcomes: {
      adopted: 'Adopted as proposed',
      'adopted-with-amendment': 'Adopted with amendment',
      rejected: 'Rejected',
      tabled: 'Tabled to the next meeting',
      'sent-back': 'Sent back for more work',
    },
    open: 'Voting is open.',
    closed: (outcome, date) => `Decided ${date}: ${outcome}.`,
    voted: (v, e) => `${v} of ${e} voting members have voted.`,
    sides: (m, r) => `Municipalities: ${m}. Region: ${r}.`,
    sideTally: (f, a, ab) => `${f} for, ${a} against, ${ab} abstaining`,
    yourVote: (c) => ({ for: 'You voted for', against: 'You voted against', abstain: 'You abstain' })[c],
    notVoted: 'You have not voted yet.',
    conditions: 'Conditions',
    adoptedWithAmendment: 'The decision as amended',
    closeHeading: 'Close the decision (chair)',
    closeButton: 'Close the decision',
    refresh: 'Refresh',
    outcomeLabel: 'Outcome',
    amendmentLabel: 'Amendment',
    amendmentPlaceholder: 'Amendment, when adopted with an amendment (att ...)',
    dissentButton: 'Record dissent',
    dissentPlaceholder: 'Reason for the dissent',
    dissentSubmit: 'Save the dissent',
    dissents: (n) => (n === 1 ? '1 dissent' : `${n} dissents`),
    dissentRecorded: 'Your dissent is recorded.',
    chooseBody: (n) => `Which body is the decision on item ${n} for?`,
    chatLinked: (b) => `This chat is now linked to ${b}.`,
    chatLinkedMeeting: (b, d) => `This chat is now linked to the meeting of ${b} on ${d}.`,
    notOnRoster: 'You are not on the roster, so you cannot open decisions or link the chat.',
    noMeetingThen: (b, p) => `${b} has no meeting ${p}, so I open no decision.`,
    closeHow: (n) =>
      `Say what was decided too, for example "close decision item ${n ?? 4} adopted" (or rejected, tabled, sent back), or press "Close the decision" on the decision.`,
    whichBody: 'Which body do you mean? Write for example "link this chat to Chefsnätverket".',
    noOpenDecision: (n, b) =>
      `There is no open decision on item ${n}${b ? ` of ${b}` : ''}. Open it first with "open decision ${n}".`,
    voteStatusOpen: (b, n, title, voted, tally) =>
      `The vote on item ${n} in ${b} (${title}) is open. ${voted} So far ${tally}.`,
    voteStatusClosed: (b, n, title, date, outcome, tally) =>
      `${b} decided on item ${n} (${title}) on ${date}: ${outcome}. The votes: ${tally}.`,
    noVoteToShow: 'There is no vote to show: no decision is open in your bodies.',
    noVotesRecorded: 'none recorded (the decision was taken without a vote)',
    howToVote:
      'I cast no votes from text: vote with the buttons on the decision in the chat, or in the meeting panel.',
    alsoOpen: (n, own) =>
      `Voting is also open on item ${n}${own ? ` (${own.replace(/\.$/, '').replace(/^You/, 'you')})` : ''}.`,
    noVoteOnItem: (n) => `There is no vote open or just taken on item ${n} in your bodies.`,
    voteStatusNotOnRoster: 'You are not on the roster, so you have no votes to follow here.',
    noVoteForYou: 'You have no vote in this decision.',
    anonymousVote: 'The vote is anonymous: only the numbers are shown, to you as well.',
    othersNotShown: 'I do not show how anyone else voted, only the numbers.',
  },
  nomination: {
    formTitle: (g) => `Nominate to ${g}`,
    name: 'Name',
    email: 'E-mail',
    principal: 'Principal',
    side: 'Seat for',
    sides: { municipalities: 'the municipalities', region: 'the region' },
    seat: 'Seat',
    seats: { ordinary: 'Ordinary', substitute: 'Substitute' },
    motivation: 'Short motivation',
    submit: 'Nominate',
    nameError: 'Write the name (at most 120 characters).',
    emailError: 'Write a valid e-mail address.',
    added: (n, g) => `${n} is nominated to ${g}.`,
    reserve: (n, g) => `${n} is nominated to ${g} as a reserve: that side's seats are already filled.`,
    merged: (n, g) => `${n} was already nominated to ${g}; your nomination is merged with it.`,
    whichGroup: (groups) => `Which group is it? Nominations are open for: ${groups}.`,
    noGroups: 'No nominations are open at the moment.',
    namesForMembers: "The proposal names the nominees; the names are shown to the body's members.",
    statuses: {
      open: 'Nominations are open',
      paused: 'Nominations are paused',
      closed: 'Nominations are closed',
      none: 'No nomination round has been opened',
    },
    pausedBecause: (r) => `Paused: ${r}`,
    deadline: (d) => `Last day to nominate: ${d}`,
    decideAt: (m) => `Decision: ${m}`,
    seatsText: (f, t, sf, st) => `${f} of ${t} seats filled${st > 0 ? `, ${sf} of ${st} substitutes` : ''}`,
    hasNominated: (p) => `Yes, ${p} has nominated.`,
    hasNotNominated: (p) => `No, ${p} has not nominated anyone yet.`,
    allSeatsFilled: 'Yes, all seats are filled.',
    seatsFilled: (f, t) => `No, ${f} of ${t} seats are filled.`,
    nomineeStatuses: {
      nominated: 'nominated',
      reserve: 'reserve',
      accepted: 'accepted',
      declined: 'declined',
      appointed: 'appointed',
    },
    hidden: 'Names are shown to members of the nominating body only.',
    noNominees: 'No nominees yet.',
    request: (g, p, by) => `You have been nominated to ${g} for ${p} by ${by}. Will you take it on?`,
    noRequestWaiting: 'You have no nomination waiting for your answer.',
    moreWaiting: (n) =>
      n === 1
        ? 'One more nomination is waiting for an answer.'
        : `${n} more nominations are waiting for an answer.`,
    accept: 'Accept',
    decline: 'Decline',
    accepted: 'You have accepted. Thank you!',
    declined: 'You have declined.',
    putOnAgenda: (n, b, d) =>
      `The nominations are now item ${n} of the meeting of ${b} on ${d}. Open the decision with "open decision ${n}".`,
    notOnRoster: "You are not on the roster, so you cannot nominate. Ask the network's secretary to add you.",
    nomineeNotReachable: (n) =>
      `${n} has not chatted with samrad yet and cannot get a request here; ask them to answer another way.`,
  },
  journey: {
    title: (t) => `Where the decision stands: ${t}`,
    decided: (b, d, n, o) => `${b} ${d}, item ${n}: ${o}`,
    openAt: (b, d, n) => `${b} ${d}, item ${n}: voting is open`,
    condition: {
      pending: 'The condition awaits the corresponding decision',
      met: 'The condition is met',
      failed: 'The condition was not met',
    },
    awaiting: (b, d, n) => `Awaiting ${b}${d ? ` ${d}` : ''}${n ? `, item ${n}` : ''}`,
    adoptions: (a, t) => `${a} of ${t} principals have adopted the recommendation`,
    deadline: (d) => `Due ${d}`,
    overdue: (d) => `Overdue: due ${d}`,
    missing: (names) => `Not adopted yet: ${names}`,
    allAdopted: 'Every principal has adopted the recommendation.',
  },
};

export const REPLY_TEXTS: Record<Lang, ReplyTexts> = { sv, en };

/** How each command is written plainly, for a member who wrote one with more around it. */
const COMMAND_SAMPLES: Record<'sv' | 'en', Record<string, string>> = {
  sv: {
    'open-decision': 'öppna beslut punkt 4',
    'close-decision': 'stäng beslut punkt 4 bifall',
    'nomination-decide': 'lägg nomineringen till Styrgrupp GNV på dagordningen',
    'link-chat': 'koppla chatten till Chefsnätverket',
    'set-language-en': 'svara på engelska',
    'set-language-sv': 'svara på svenska',
  },
  en: {
    'open-decision': 'open decision item 4',
    'close-decision': 'close decision item 4 adopted',
    'nomination-decide': 'put the nominations for Styrgrupp GNV on the agenda',
    'link-chat': 'link this chat to Chefsnätverket',
    'set-language-en': 'answer in English',
    'set-language-sv': 'answer in Swedish',
  },
};

/** A command's plain form, with the item the member wrote when there was one. */
function commandSample(lang: 'sv' | 'en', intent: string, item?: number): string | undefined {
  const sample = COMMAND_SAMPLES[lang][intent];
  return sample && item !== undefined ? sample.replace(/\b4\b/, String(item)) : sample;
}
