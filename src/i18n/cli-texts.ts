import type { Lang } from './lang.js';

/**
 * Everything the `samrad` command writes for a person, in both languages. The interface makes the
 * compiler check that English and Swedish have the same texts.
 */
export interface CliTexts {
  program: string;
  help: string;
  langOption: string;
  jsonOption: string;
  bodyOption: string;
  agenda: {
    command: string;
    import: string;
    fileArgument: string;
    dryRun: string;
    replace: string;
    show: string;
    meetingOption: string;
    nextOption: string;
    imported: (items: number, meeting: string) => string;
    dryRunDone: (items: number) => string;
    warnings: string;
    noItems: string;
    documents: string;
    join: string;
    presenter: string;
    attachments: (list: string) => string;
    proposal: string;
    decision: string;
  };
  meeting: {
    command: string;
    add: string;
    list: string;
    cancel: string;
    next: string;
    idArgument: string;
    date: string;
    start: string;
    end: string;
    place: string;
    documents: string;
    joinUrl: string;
    reason: string;
    all: string;
    added: (id: string) => string;
    cancelled: (id: string) => string;
    none: string;
    agendaItems: (n: number) => string;
  };
  member: {
    command: string;
    add: string;
    list: string;
    remove: string;
    name: string;
    principal: string;
    role: (roles: string) => string;
    teamsId: string;
    slackId: string;
    email: string;
    idOption: string;
    added: (name: string, body: string) => string;
    removed: (name: string, body: string) => string;
    none: string;
    needsNameOrId: string;
  };
  body: {
    command: string;
    add: string;
    list: string;
    id: string;
    name: string;
    kind: (kinds: string) => string;
    alias: string;
    parent: string;
    added: (id: string) => string;
  };
  principal: { command: string; list: string; population: (n: string, asOf: string) => string };
  costSplit: {
    command: string;
    amount: string;
    municipalitiesOnly: string;
    compare: string;
    heading: (amount: string) => string;
    headingMunicipalities: (amount: string) => string;
    comparedWith: (amount: string) => string;
    inhabitants: string;
    total: string;
  };
  db: {
    command: string;
    check: string;
    ok: (file: string, counts: string) => string;
    broken: (file: string, n: number) => string;
    missing: (file: string) => string;
    journal: (entries: number, sequence: number) => string;
    torn: (bytes: number) => string;
    compact: string;
    compacted: (file: string, sequence: number) => string;
    counts: (c: {
      meetings: number;
      items: number;
      members: number;
      bodies: number;
      principals: number;
    }) => string;
  };
  decision: {
    command: string;
    list: string;
    show: string;
    adopt: string;
    condition: string;
    deadline: string;
    idArgument: string;
    adoptedBy: string;
    met: string;
    failed: string;
    none: string;
    open: string;
    item: (n: number) => string;
    outcome: (o: 'adopted' | 'adopted-with-amendment' | 'rejected' | 'tabled' | 'sent-back') => string;
    choice: (c: 'for' | 'against' | 'abstain') => string;
    tally: (f: number, a: number, ab: number) => string;
    adopted: (principal: string, date: string) => string;
    conditionMet: string;
    conditionFailed: string;
    deadlineSet: (date: string) => string;
  };
  nomination: {
    command: string;
    groupCommand: string;
    groupAdd: string;
    runBy: string;
    seats: string;
    perPrincipal: string;
    badSeats: (text: string) => string;
    groupAdded: (id: string) => string;
    roundCommand: string;
    roundOpen: string;
    roundPause: string;
    roundResume: string;
    roundClose: string;
    roundDecide: string;
    groupOption: string;
    deadline: string;
    decideAt: string;
    reason: string;
    roundOpened: (id: string) => string;
    roundStatus: (id: string, status: string) => string;
    itemCreated: (meeting: string, number: number) => string;
    add: string;
    list: string;
    export: string;
    substitute: string;
    motivation: string;
    added: (name: string) => string;
    reserve: (name: string) => string;
    merged: (name: string) => string;
    statuses: Record<'open' | 'paused' | 'closed', string>;
    sides: Record<'municipalities' | 'region', string>;
    nominationStatuses: Record<'nominated' | 'reserve' | 'accepted' | 'declined' | 'appointed', string>;
  };
  demo: {
    command: string;
    loaded: (file: string, meetings: number, members: number) => string;
    backup: (file: string) => string;
    historyYears: string;
    bodies: string;
    history: (years: number, items: number, decisions: number, votes: number) => string;
  };
  usage: {
    unknownOption: (option: string) => string;
    unknownCommand: (command: string) => string;
    missingArgument: (name: string) => string;
    missingOption: (name: string) => string;
    optionNeedsValue: (name: string) => string;
    invalidChoice: (value: string, choices: string) => string;
    tooManyArguments: string;
    oneOf: (a: string, b: string) => string;
    seeHelp: string;
    /** Headings and words of the generated help, keyed by commander's English. */
    helpWords: Record<string, string>;
  };
}

const sv: CliTexts = {
  program: 'samrad – möten, dagordningar och beslut i Dalarnas välfärdsnätverk',
  help: 'visa hjälp',
  langOption: 'språk: sv (svenska, standard) eller en (engelska)',
  jsonOption: 'skriv ut JSON för skript',
  bodyOption: 'organets id, t.ex. chefsnatverket',
  agenda: {
    command: 'dagordningar',
    import: 'läs in en dagordning (text eller Markdown) som ett möte med punkter',
    fileArgument: 'dagordningens fil',
    dryRun: 'visa vad som skulle läsas in utan att spara',
    replace: 'ersätt en befintlig dagordning för samma möte',
    show: 'visa dagordningen för ett möte (standard: nästa möte)',
    meetingOption: 'mötets id, t.ex. chefsnatverket-2020-04-03',
    nextOption: 'nästa möte',
    imported: (n, m) => `Dagordningen är inläst: ${n} punkter i mötet ${m}.`,
    dryRunDone: (n) => `Provläsning: ${n} punkter hittades. Inget har sparats.`,
    warnings: 'Att kontrollera:',
    noItems: 'Ingen dagordning är publicerad för mötet ännu.',
    documents: 'Handlingar',
    join: 'Anslut',
    presenter: 'Föredragande',
    attachments: (list) => `Bilaga ${list}`,
    proposal: 'Förslag till beslut',
    decision: 'Beslut',
  },
  meeting: {
    command: 'möten och kalendarium',
    add: 'lägg till ett möte i kalendariet',
    list: 'visa kommande möten (inställda markeras)',
    cancel: 'ställ in ett möte',
    next: 'visa nästa möte',
    idArgument: 'mötets id',
    date: 'datum, ÅÅÅÅ-MM-DD',
    start: 'starttid, TT:MM',
    end: 'sluttid, TT:MM',
    place: 'plats, t.ex. "Teams" eller en lokal',
    documents: 'länk till handlingarna',
    joinUrl: 'länk för att ansluta till mötet',
    reason: 'skäl, t.ex. "Mötet utgår"',
    all: 'visa även tidigare möten',
    added: (id) => `Mötet ${id} är tillagt.`,
    cancelled: (id) => `Mötet ${id} är inställt.`,
    none: 'Inga möten.',
    agendaItems: (n) => (n === 1 ? '1 punkt' : `${n} punkter`),
  },
  member: {
    command: 'ledamöter i organen',
    add: 'lägg till en ledamot i ett organ',
    list: 'visa ett organs ledamöter',
    remove: 'ta bort en ledamot ur ett organ',
    name: 'namn',
    principal: 'huvudman: en kommun eller Region Dalarna',
    role: (roles) => `roll: ${roles}`,
    teamsId: 'Teams-användarens AAD-objekt-id',
    slackId: 'Slack-användarens id',
    email: 'e-postadress',
    idOption: 'ledamotens id',
    added: (name, body) => `${name} är tillagd i ${body}.`,
    removed: (name, body) => `${name} är borttagen ur ${body}.`,
    none: 'Organet har inga ledamöter.',
    needsNameOrId: 'Ange vem som ska tas bort med --name eller --id.',
  },
  body: {
    command: 'organ: nätverk, råd och grupper',
    add: 'lägg till ett organ',
    list: 'visa alla organ',
    id: 'id, t.ex. styrgrupp-gnv',
    name: 'namn',
    kind: (kinds) => `slag: ${kinds}`,
    alias: 'annat namn organet går under (kan upprepas)',
    parent: 'organet det rapporterar till',
    added: (id) => `Organet ${id} är tillagt.`,
  },
  principal: {
    command: 'huvudmän',
    list: 'visa huvudmännen med befolkning',
    population: (n, asOf) => `${n} invånare (${asOf})`,
  },
  costSplit: {
    command: 'fördela en kostnad mellan huvudmännen: 50/50 och kommunernas del efter befolkning',
    amount: 'belopp i hela kronor, t.ex. 2000000 eller "2 000 000"',
    municipalitiesOnly: 'fördela beloppet bara mellan kommunerna',
    compare: 'jämför med ett annat belopp, t.ex. dagens kostnad',
    heading: (a) =>
      `Fördelning av ${a} (50/50 mellan regionen och kommunerna, kommunernas del efter befolkning)`,
    headingMunicipalities: (a) => `Fördelning av ${a} mellan kommunerna efter befolkning`,
    comparedWith: (a) => `jämfört med ${a}`,
    inhabitants: 'invånare',
    total: 'Summa',
  },
  db: {
    command: 'datafilen',
    check: 'kontrollera datafilen och visa vad som är fel',
    ok: (file, counts) => `Datafilen ${file} är hel: ${counts}.`,
    broken: (file, n) => `Datafilen ${file} har ${n === 1 ? 'ett fel' : `${n} fel`}:`,
    missing: (file) =>
      `Datafilen ${file} finns inte än; skapa den med \`npx samrad demo\` eller genom att starta boten (\`npm start\`).`,
    journal: (n, seq) =>
      n === 0
        ? `Journalen är tom; allt finns i datafilen (ändring nr ${seq}).`
        : `Journalen har ${n} ${n === 1 ? 'ändring' : 'ändringar'} efter datafilen, till och med nr ${seq}.`,
    torn: (bytes) =>
      `Journalens sista rad (${bytes} byte) skrevs aldrig klart; den bekräftades aldrig och tas bort vid nästa ändring.`,
    compact: 'skriv om datafilen med allt i journalen och börja en tom journal',
    compacted: (file, seq) =>
      `Datafilen ${file} är omskriven till och med ändring nr ${seq}; journalen är tom.`,
    counts: (c) =>
      `${c.meetings} möten, ${c.items} dagordningspunkter, ${c.members} ledamotsplatser, ${c.bodies} organ, ${c.principals} huvudmän`,
  },
  decision: {
    command: 'beslut och omröstningar',
    list: 'visa beslut, för ett möte eller alla',
    show: 'visa ett beslut med röster och historik',
    adopt: 'registrera att en huvudman har antagit en rekommendation',
    condition: 'registrera om villkoret för ett villkorat beslut är uppfyllt',
    deadline: 'ange när huvudmännen senast ska ha antagit en rekommendation',
    idArgument: 'beslutets id',
    adoptedBy: 'huvudmannens organ som antog den, t.ex. Kommunstyrelsen',
    met: 'villkoret är uppfyllt',
    failed: 'villkoret uppfylldes inte',
    none: 'Inga beslut.',
    open: 'omröstning pågår',
    item: (n) => `punkt ${n}`,
    outcome: (o) =>
      ({
        adopted: 'bifall',
        'adopted-with-amendment': 'bifall med ändring',
        rejected: 'avslag',
        tabled: 'bordlagt',
        'sent-back': 'återremiss',
      })[o],
    choice: (c) => ({ for: 'bifall', against: 'avslag', abstain: 'avstår' })[c],
    tally: (f, a, ab) => `${f} bifall, ${a} avslag, ${ab} avstår`,
    adopted: (p, d) => `${p} antog rekommendationen ${d}.`,
    conditionMet: 'Villkoret är registrerat som uppfyllt.',
    conditionFailed: 'Villkoret är registrerat som inte uppfyllt.',
    deadlineSet: (d) => `Rekommendationen ska vara antagen senast ${d}.`,
  },
  nomination: {
    command: 'nomineringar till arbetsgrupper',
    groupCommand: 'arbetsgrupper och deras platser',
    groupAdd: 'lägg till en arbetsgrupp med platsregler',
    runBy: 'organet som nominerar och utser, t.ex. chefsnatverket',
    seats: 'platser per sida, t.ex. municipalities=3,region=3 (ersättare: municipalities=3+1)',
    perPrincipal: 'högst så många nominerade per huvudman',
    badSeats: (text) => `platsreglerna "${text}" ska skrivas som municipalities=3,region=3`,
    groupAdded: (id) => `Arbetsgruppen ${id} är tillagd.`,
    roundCommand: 'nomineringsomgångar',
    roundOpen: 'öppna en nomineringsomgång (eller öppna en stängd igen för komplettering)',
    roundPause: 'pausa nomineringen, t.ex. --reason "avvaktar p.g.a. covid-19"',
    roundResume: 'återuppta en pausad nominering',
    roundClose: 'stäng nomineringen',
    roundDecide: 'lägg nomineringen som ett beslutsärende på mötet där organet ska utse',
    groupOption: 'arbetsgruppens id',
    deadline: 'sista dag att nominera, ÅÅÅÅ-MM-DD',
    decideAt: 'mötet där organet utser representanterna',
    reason: 'skäl',
    roundOpened: (id) => `Nomineringsomgången ${id} är öppen.`,
    roundStatus: (id, status) => `Nomineringsomgången ${id} är ${status}.`,
    itemCreated: (m, n) => `Nomineringen ligger nu som punkt ${n} på mötet ${m}.`,
    add: 'nominera någon till en arbetsgrupp',
    list: 'visa nomineringarna till en arbetsgrupp',
    export: 'skriv ut nomineringarna som CSV',
    substitute: 'nominera till en ersättarplats',
    motivation: 'kort motivering',
    added: (n) => `${n} är nominerad.`,
    reserve: (n) => `${n} är nominerad som reserv: sidans platser är redan fyllda.`,
    merged: (n) => `${n} var redan nominerad; nomineringarna är sammanslagna.`,
    statuses: { open: 'öppen', paused: 'pausad', closed: 'stängd' },
    sides: { municipalities: 'Kommunerna', region: 'Regionen' },
    nominationStatuses: {
      nominated: 'nominerad',
      reserve: 'reserv',
      accepted: 'har tackat ja',
      declined: 'har tackat nej',
      appointed: 'utsedd',
    },
  },
  demo: {
    command: 'läs in demodata (huvudmän, organ, ledamöter, kalendarium och dagordningar)',
    loaded: (file, m, p) => `Demodata är inläst i ${file}: ${m} möten och ${p} ledamotsplatser.`,
    backup: (file) => `Den tidigare datafilen är sparad som ${file}.`,
    historyYears: 'lägg till så här många års påhittad historik (möten, beslut, röster), 1–30',
    bodies: 'antal organ med historik (förval 5), 1–20',
    history: (years, items, decisions, votes) =>
      `Med ${years} års historik: ${items} dagordningspunkter, ${decisions} beslut och ${votes} röster.`,
  },
  usage: {
    unknownOption: (o) => `Okänt val: ${o}.`,
    unknownCommand: (c) => `Okänt kommando: ${c}.`,
    missingArgument: (n) => `Argument saknas: ${n}.`,
    missingOption: (n) => `Valet ${n} måste anges.`,
    optionNeedsValue: (n) => `Valet ${n} behöver ett värde.`,
    invalidChoice: (v, c) => `"${v}" är inte tillåtet; välj ett av: ${c}.`,
    tooManyArguments: 'För många argument.',
    oneOf: (a, b) => `Ange antingen ${a} eller ${b}, inte båda.`,
    seeHelp: 'Se samrad --help.',
    helpWords: {
      'Usage:': 'Användning:',
      'Options:': 'Val:',
      'Commands:': 'Kommandon:',
      'Arguments:': 'Argument:',
      'Global Options:': 'Gemensamma val:',
      'choices:': 'val:',
      'default:': 'standard:',
    },
  },
};

const en: CliTexts = {
  program: 'samrad – meetings, agendas and decisions of the Dalarna welfare networks',
  help: 'show help',
  langOption: 'language: sv (Swedish, default) or en (English)',
  jsonOption: 'print JSON for scripts',
  bodyOption: "the body's id, e.g. chefsnatverket",
  agenda: {
    command: 'agendas',
    import: 'import an agenda (text or Markdown) as a meeting with its items',
    fileArgument: 'the agenda file',
    dryRun: 'show what would be imported without storing anything',
    replace: 'replace an existing agenda of the same meeting',
    show: "show a meeting's agenda (default: the next meeting)",
    meetingOption: "the meeting's id, e.g. chefsnatverket-2020-04-03",
    nextOption: 'the next meeting',
    imported: (n, m) => `The agenda is imported: ${n} items in meeting ${m}.`,
    dryRunDone: (n) => `Dry run: ${n} items found. Nothing was stored.`,
    warnings: 'Worth checking:',
    noItems: 'No agenda has been published for this meeting yet.',
    documents: 'Documents',
    join: 'Join',
    presenter: 'Presenter',
    attachments: (list) => `Attachment ${list}`,
    proposal: 'Proposed decision',
    decision: 'Decision',
  },
  meeting: {
    command: 'meetings and the calendar',
    add: 'add a meeting to the calendar',
    list: 'show coming meetings (cancelled ones marked)',
    cancel: 'cancel a meeting',
    next: 'show the next meeting',
    idArgument: "the meeting's id",
    date: 'date, YYYY-MM-DD',
    start: 'start time, HH:MM',
    end: 'end time, HH:MM',
    place: 'place, e.g. "Teams" or a room',
    documents: 'link to the documents',
    joinUrl: 'link to join the meeting',
    reason: 'reason, e.g. "The meeting is called off"',
    all: 'show past meetings too',
    added: (id) => `Meeting ${id} is added.`,
    cancelled: (id) => `Meeting ${id} is cancelled.`,
    none: 'No meetings.',
    agendaItems: (n) => (n === 1 ? '1 item' : `${n} items`),
  },
  member: {
    command: 'members of the bodies',
    add: 'add a member to a body',
    list: "show a body's members",
    remove: 'remove a member from a body',
    name: 'name',
    principal: 'principal: a municipality or Region Dalarna',
    role: (roles) => `role: ${roles}`,
    teamsId: "the Teams user's AAD object id",
    slackId: "the Slack user's id",
    email: 'e-mail address',
    idOption: "the member's id",
    added: (name, body) => `${name} is added to ${body}.`,
    removed: (name, body) => `${name} is removed from ${body}.`,
    none: 'The body has no members.',
    needsNameOrId: 'Say who is to be removed with --name or --id.',
  },
  body: {
    command: 'bodies: networks, councils and groups',
    add: 'add a body',
    list: 'show all bodies',
    id: 'id, e.g. styrgrupp-gnv',
    name: 'name',
    kind: (kinds) => `kind: ${kinds}`,
    alias: 'another name the body goes by (repeatable)',
    parent: 'the body it reports to',
    added: (id) => `Body ${id} is added.`,
  },
  principal: {
    command: 'principals',
    list: 'show the principals with population',
    population: (n, asOf) => `${n} inhabitants (${asOf})`,
  },
  costSplit: {
    command: "split a cost between the principals: 50/50, the municipalities' half by population",
    amount: 'amount in whole kronor, e.g. 2000000 or "2 000 000"',
    municipalitiesOnly: 'split the amount between the municipalities only',
    compare: "compare with another amount, e.g. today's cost",
    heading: (a) =>
      `Split of ${a} (50/50 between the region and the municipalities, their half by population)`,
    headingMunicipalities: (a) => `Split of ${a} between the municipalities by population`,
    comparedWith: (a) => `compared with ${a}`,
    inhabitants: 'inhabitants',
    total: 'Total',
  },
  db: {
    command: 'the data file',
    check: 'check the data file and say what is wrong',
    ok: (file, counts) => `The data file ${file} is sound: ${counts}.`,
    broken: (file, n) => `The data file ${file} has ${n === 1 ? 'one problem' : `${n} problems`}:`,
    missing: (file) =>
      `The data file ${file} does not exist yet; create it with \`npx samrad demo\` or by starting the bot (\`npm start\`).`,
    journal: (n, seq) =>
      n === 0
        ? `The journal is empty; everything is in the data file (change no. ${seq}).`
        : `The journal holds ${n} ${n === 1 ? 'change' : 'changes'} after the data file, up to no. ${seq}.`,
    torn: (bytes) =>
      `The journal's last line (${bytes} bytes) was never finished; it was never acknowledged and is removed at the next change.`,
    compact: 'rewrite the data file with everything in the journal and start an empty journal',
    compacted: (file, seq) =>
      `The data file ${file} is rewritten up to change no. ${seq}; the journal is empty.`,
    counts: (c) =>
      `${c.meetings} meetings, ${c.items} agenda items, ${c.members} seats, ${c.bodies} bodies, ${c.principals} principals`,
  },
  decision: {
    command: 'decisions and votes',
    list: 'list decisions, of one meeting or all',
    show: 'show a decision with its votes and history',
    adopt: 'record that a principal has adopted a recommendation',
    condition: 'record whether the condition of a conditional decision is met',
    deadline: 'set the date by which the principals should adopt a recommendation',
    idArgument: "the decision's id",
    adoptedBy: "the principal's body that adopted it, e.g. Kommunstyrelsen",
    met: 'the condition is met',
    failed: 'the condition was not met',
    none: 'No decisions.',
    open: 'voting open',
    item: (n) => `item ${n}`,
    outcome: (o) =>
      ({
        adopted: 'adopted',
        'adopted-with-amendment': 'adopted with amendment',
        rejected: 'rejected',
        tabled: 'tabled',
        'sent-back': 'sent back',
      })[o],
    choice: (c) => ({ for: 'for', against: 'against', abstain: 'abstain' })[c],
    tally: (f, a, ab) => `${f} for, ${a} against, ${ab} abstaining`,
    adopted: (p, d) => `${p} adopted the recommendation on ${d}.`,
    conditionMet: 'The condition is recorded as met.',
    conditionFailed: 'The condition is recorded as not met.',
    deadlineSet: (d) => `The recommendation is due to be adopted by ${d}.`,
  },
  nomination: {
    command: 'nominations to working groups',
    groupCommand: 'working groups and their seats',
    groupAdd: 'add a working group with seat rules',
    runBy: 'the body that nominates and appoints, e.g. chefsnatverket',
    seats: 'seats per side, e.g. municipalities=3,region=3 (substitutes: municipalities=3+1)',
    perPrincipal: 'at most this many nominees per principal',
    badSeats: (text) => `the seat rules "${text}" are written like municipalities=3,region=3`,
    groupAdded: (id) => `Working group ${id} is added.`,
    roundCommand: 'nomination rounds',
    roundOpen: 'open a nomination round (or reopen a closed one to complete it)',
    roundPause: 'pause the nominations, e.g. --reason "waiting because of covid-19"',
    roundResume: 'resume paused nominations',
    roundClose: 'close the nominations',
    roundDecide: 'put the nominations as a decision item on the meeting where the body appoints',
    groupOption: "the working group's id",
    deadline: 'last day to nominate, YYYY-MM-DD',
    decideAt: 'the meeting where the body appoints the representatives',
    reason: 'reason',
    roundOpened: (id) => `Nomination round ${id} is open.`,
    roundStatus: (id, status) => `Nomination round ${id} is ${status}.`,
    itemCreated: (m, n) => `The nominations are now item ${n} of meeting ${m}.`,
    add: 'nominate someone to a working group',
    list: 'show the nominations to a working group',
    export: 'print the nominations as CSV',
    substitute: 'nominate to a substitute seat',
    motivation: 'a short motivation',
    added: (n) => `${n} is nominated.`,
    reserve: (n) => `${n} is nominated as a reserve: the side's seats are already filled.`,
    merged: (n) => `${n} was already nominated; the nominations are merged.`,
    statuses: { open: 'open', paused: 'paused', closed: 'closed' },
    sides: { municipalities: 'Municipalities', region: 'Region' },
    nominationStatuses: {
      nominated: 'nominated',
      reserve: 'reserve',
      accepted: 'accepted',
      declined: 'declined',
      appointed: 'appointed',
    },
  },
  demo: {
    command: 'load demo data (principals, bodies, members, calendar and agendas)',
    loaded: (file, m, p) => `Demo data is loaded into ${file}: ${m} meetings and ${p} seats.`,
    backup: (file) => `The previous data file is kept as ${file}.`,
    historyYears: 'add this many years of made-up history (meetings, decisions, votes), 1–30',
    bodies: 'number of bodies with history (default 5), 1–20',
    history: (years, items, decisions, votes) =>
      `With ${years} years of history: ${items} agenda items, ${decisions} decisions and ${votes} votes.`,
  },
  usage: {
    unknownOption: (o) => `Unknown option: ${o}.`,
    unknownCommand: (c) => `Unknown command: ${c}.`,
    missingArgument: (n) => `Missing argument: ${n}.`,
    missingOption: (n) => `The option ${n} is required.`,
    optionNeedsValue: (n) => `The option ${n} needs a value.`,
    invalidChoice: (v, c) => `"${v}" is not allowed; choose one of: ${c}.`,
    tooManyArguments: 'Too many arguments.',
    oneOf: (a, b) => `Give either ${a} or ${b}, not both.`,
    seeHelp: 'See samrad --help.',
    helpWords: {},
  },
};

export const CLI_TEXTS: Record<Lang, CliTexts> = { sv, en };
