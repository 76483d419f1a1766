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
  reconnecting: string;
}

export const PANEL_TEXTS: Bilingual<PanelTexts> = {
  sv: {
    title: 'samrad · mötespanel',
    loading: 'Hämtar mötet …',
    localMode: 'Lokalt läge, inte i Teams',
    showAs: 'Visa panelen som',
    choosePerson: 'Välj en person …',
    openInTeams: 'Öppna samrads panel i ett Teams-möte: den visar mötet för den som är inloggad i Teams.',
    noMeeting: 'samrad hittar inget möte för den här chatten. Be ordföranden koppla chatten till organet.',
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
    openDecision: 'Öppna beslut',
    openWhich: 'Punkt att besluta om',
    agendaHeading: 'Dagordning',
    current: 'pågår',
    presenter: (name) => `Föredragande: ${name}`,
    attachments: (list) => `Bilaga ${list}`,
    nominationsHeading: 'Nomineringar',
    deadline: (date) => `Sista dag: ${date}`,
    seatsFilled: (side, filled, total) => `${side}: ${filled} av ${total} platser nominerade`,
    nominationSent: 'Nomineringen är sparad.',
    configure:
      'samrad lägger till en panel med mötets dagordning, beslut och nomineringar. Mötet hittas genom chattens koppling till organet.',
    live: 'Uppdateras direkt',
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
    openDecision: 'Open decision',
    openWhich: 'Item to decide on',
    agendaHeading: 'Agenda',
    current: 'now',
    presenter: (name) => `Presenter: ${name}`,
    attachments: (list) => `Attachment ${list}`,
    nominationsHeading: 'Nominations',
    deadline: (date) => `Deadline: ${date}`,
    seatsFilled: (side, filled, total) => `${side}: ${filled} of ${total} seats nominated`,
    nominationSent: 'The nomination is saved.',
    configure:
      'samrad adds a panel with the meeting’s agenda, decisions and nominations. The meeting is found through the chat’s link to the body.',
    live: 'Updated live',
    reconnecting: 'Reconnecting …',
  },
};
