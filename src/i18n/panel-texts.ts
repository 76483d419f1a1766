import type { Bilingual } from './lang.js';

/**
 * The meeting panel's own words (the tab beside a Teams meeting). Decision and nomination labels
 * come from the chat's tables (REPLY_TEXTS), so the panel and the cards say the same things.
 */
export interface PanelTexts {
  title: string;
  loading: string;
  localMode: string;
  showAs: string;
  choosePerson: string;
  openInTeams: string;
  noMeeting: string;
  notLinked: string;
  linkTo: string;
  linkButton: string;
  notOnRoster: string;
  signInFailed: string;
  networkError: string;
  cancelled: string;
  documents: string;
  decisionHeading: (item: number, title: string) => string;
  decisionsHeading: string;
  noDecision: string;
  yourVoteGroup: string;
  cannotVote: string;
  voteSaved: string;
  chairHeading: string;
  allDecided: string;
  decisionOpened: (item: number) => string;
  decisionClosed: (item: number) => string;
  /** Said to a screen reader when a tally changes. */
  tallyNow: (item: number, tally: string) => string;
  openDecision: string;
  openWhich: string;
  agendaHeading: string;
  current: string;
  presenter: (name: string) => string;
  attachments: (list: string) => string;
  nominationsHeading: string;
  deadline: (date: string) => string;
  seatsFilled: (sideLabel: string, filled: number, total: number) => string;
  nominationSent: string;
  configure: string;
  live: string;
  /** What the panel's API answers when it refuses, in the asker's language. */
  api: {
    unauthorized: string;
    signInUnavailable: string;
    noSuchMeeting: string;
    noSuchDecision: string;
    badRequest: string;
    tooLarge: string;
    tooManyStreams: string;
    mayNotNominate: string;
    linkedElsewhere: (body: string) => string;
    notAMeetingChat: string;
    notFound: string;
  };
  reconnecting: string;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const PANEL_TEXTS: Bilingual<PanelTexts> = {
  sv: {
    title: 'samrad · mötespanel',
    loading: 'Hämtar mötet …',
    localMode: 'Lokalt läge, inte i Teams',
    showAs: 'Visa panelen som',
    choosePerson: 'Välj en person …',
    openInTeams: 'Öppna samrads panel i ett Teams-möte: den visar mötet för den som är inloggad i Teams.',
    noMeeting: 'samrad hittar inget möte för den här chatten. Be ordföranden koppla chatten till organet.',
    notLinked:
      'Den här chatten är inte kopplad till något organ ännu. Som ordförande kan du koppla den här, så hittar panelen organets möte.',
    linkTo: 'Organ',
    linkButton: 'Koppla chatten',
    notOnRoster: 'Du finns inte i ledamotsregistret, så panelen kan inte visa mötet för dig.',
    signInFailed: 'Inloggningen via Teams misslyckades. Stäng panelen och öppna den igen.',
    networkError: 'samrad svarar inte just nu. Försök igen om en stund.',
    cancelled: 'Mötet är inställt.',
    documents: 'Möteshandlingar',
    decisionHeading: (n, t) => `Beslut om punkt ${n}${t ? `: ${t}` : ''}`,
    decisionsHeading: 'Beslut',
    noDecision: 'Inget beslut är öppet just nu.',
    yourVoteGroup: 'Din röst',
    cannotVote: 'Du har ingen rösträtt i det här beslutet.',
    voteSaved: 'Din röst är sparad.',
    chairHeading: 'Ordförandens verktyg',
    allDecided: 'Alla beslutspunkter på dagordningen har fått sitt beslut.',
    decisionOpened: (n) => `Beslutet om punkt ${n} är öppnat.`,
    decisionClosed: (n) => `Beslutet om punkt ${n} är avslutat.`,
    tallyNow: (n, tally) => `Punkt ${n}: ${tally}.`,
    openDecision: 'Öppna beslut',
    openWhich: 'Punkt att besluta om',
    agendaHeading: 'Dagordning',
    current: 'pågår',
    presenter: (name) => `Föredragande: ${name}`,
    attachments: (list) => `Bilaga ${list}`,
    nominationsHeading: 'Nomineringar',
    deadline: (date) => `Sista dag: ${date}`,
    seatsFilled: (side, filled, total) => `${capitalized(side)}: ${filled} av ${total} platser nominerade`,
    nominationSent: 'Nomineringen är sparad.',
    configure:
      'samrad lägger till en panel med mötets dagordning, beslut och nomineringar. Mötet hittas genom chattens koppling till organet.',
    live: 'Uppdateras direkt',
    api: {
      unauthorized: 'Panelen vet inte vem du är. Öppna den i Teams, där du är inloggad.',
      signInUnavailable: 'Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.',
      noSuchMeeting: 'samrad hittar inget sådant möte.',
      noSuchDecision: 'samrad hittar inget sådant beslut.',
      badRequest: 'Uppgifterna i förfrågan är ofullständiga eller felaktiga. Ingenting har ändrats.',
      tooLarge: 'Förfrågan är för stor. Ingenting har ändrats.',
      tooManyStreams: 'Det är för många öppna paneler just nu. Stäng någon och försök igen.',
      mayNotNominate: 'Du kan bara nominera till grupper som ett organ du sitter i utser.',
      linkedElsewhere: (body) =>
        `Chatten är redan kopplad till ${body}. Bara ${body}s ordförande eller sekreterare kan koppla om den, i chatten.`,
      notAMeetingChat: 'Det här är ingen Teams-chatt som panelen kan kopplas till.',
      notFound: 'Panelen har ingen sådan adress.',
    },
    reconnecting: 'Återansluter …',
  },
  en: {
    title: 'samrad · meeting panel',
    loading: 'Fetching the meeting …',
    localMode: 'Local mode, not in Teams',
    showAs: 'Show the panel as',
    choosePerson: 'Choose a person …',
    openInTeams:
      'Open the samrad panel in a Teams meeting: it shows the meeting to whoever is signed in to Teams.',
    noMeeting: 'samrad finds no meeting for this chat. Ask the chair to link the chat to the body.',
    notLinked:
      'This chat is not linked to a body yet. As the chair you can link it here, and the panel will find the body’s meeting.',
    linkTo: 'Body',
    linkButton: 'Link the chat',
    notOnRoster: 'You are not on the roster, so the panel cannot show you the meeting.',
    signInFailed: 'Signing in through Teams failed. Close the panel and open it again.',
    networkError: 'samrad is not answering just now. Try again in a moment.',
    cancelled: 'The meeting is cancelled.',
    documents: 'Meeting documents',
    decisionHeading: (n, t) => `Decision on item ${n}${t ? `: ${t}` : ''}`,
    decisionsHeading: 'Decisions',
    noDecision: 'No decision is open just now.',
    yourVoteGroup: 'Your vote',
    cannotVote: 'You have no vote in this decision.',
    voteSaved: 'Your vote is saved.',
    chairHeading: 'Chair’s controls',
    allDecided: 'Every decision item on the agenda has its decision.',
    decisionOpened: (n) => `The decision on item ${n} is open.`,
    decisionClosed: (n) => `The decision on item ${n} is closed.`,
    tallyNow: (n, tally) => `Item ${n}: ${tally}.`,
    openDecision: 'Open decision',
    openWhich: 'Item to decide on',
    agendaHeading: 'Agenda',
    current: 'now',
    presenter: (name) => `Presenter: ${name}`,
    attachments: (list) => `Attachment ${list}`,
    nominationsHeading: 'Nominations',
    deadline: (date) => `Deadline: ${date}`,
    seatsFilled: (side, filled, total) => `${capitalized(side)}: ${filled} of ${total} seats nominated`,
    nominationSent: 'The nomination is saved.',
    configure:
      'samrad adds a panel with the meeting’s agenda, decisions and nominations. The meeting is found through the chat’s link to the body.',
    live: 'Updated live',
    api: {
      unauthorized: 'The panel does not know who you are. Open it in Teams, where you are signed in.',
      signInUnavailable: 'Your sign-in cannot be checked just now. Try again in a moment.',
      noSuchMeeting: 'samrad finds no such meeting.',
      noSuchDecision: 'samrad finds no such decision.',
      badRequest: 'The request is incomplete or wrong. Nothing has changed.',
      tooLarge: 'The request is too large. Nothing has changed.',
      tooManyStreams: 'Too many panels are open just now. Close one and try again.',
      mayNotNominate: 'You can only nominate to groups that a body you sit in appoints.',
      linkedElsewhere: (body) =>
        `The chat is already linked to ${body}. Only ${body}'s chair or secretary can link it anew, in the chat.`,
      notAMeetingChat: 'This is no Teams chat the panel can be linked to.',
      notFound: 'The panel has no such address.',
    },
    reconnecting: 'Reconnecting …',
  },
};
