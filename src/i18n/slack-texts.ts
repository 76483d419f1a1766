import type { Bilingual } from './lang.js';

/**
 * The words only Slack needs: its modals' titles (at most 24 characters, Slack's limit), the
 * buttons that open them, and what is said when Slack will not let samrad post.
 */
export interface SlackTexts {
  /** Opens the form in a modal: a message cannot hold one. */
  openForm: string;
  closeForm: string;
  dissentForm: string;
  cancel: string;
  /** Modal titles, ≤ 24 characters. */
  nominationTitle: string;
  closeTitle: string;
  dissentTitle: string;
  /** Chosen from a list. */
  choose: string;
  /** The shared decision message could not be posted in the channel. */
  inviteBot: string;
  /** The modal could not be opened (the button was pressed too long ago). */
  formExpired: string;
  /** Said to someone who presses "close" but is not the chair or secretary. */
  closeNotAllowed: string;
  /** Said to someone who may not dissent from this decision (not a member, or not taken yet). */
  dissentNotAllowed: string;
  /** The work was done, but its answer could not be shown in Slack. */
  notShown: string;
  /** The last line of a message cut short to fit Slack. */
  more: string;
  /** A required field of a form left blank. */
  required: string;
  /** A work-in-progress note in the modal while slow work finishes after the acknowledgement. */
  working: string;
}

export const SLACK_TEXTS: Bilingual<SlackTexts> = {
  sv: {
    openForm: 'Fyll i formuläret',
    closeForm: 'Avsluta beslutet …',
    dissentForm: 'Reservera mig …',
    cancel: 'Avbryt',
    nominationTitle: 'Nominera',
    closeTitle: 'Avsluta beslutet',
    dissentTitle: 'Reservation',
    choose: 'Välj',
    inviteBot:
      'Jag kan inte skriva i den här kanalen. Bjud in mig först (skriv /invite @samrad) och försök sedan igen.',
    formExpired: 'Formuläret kunde inte öppnas. Tryck på knappen igen.',
    closeNotAllowed: 'Bara ordföranden eller sekreteraren kan avsluta beslutet.',
    dissentNotAllowed:
      'Du kan inte reservera dig mot det här beslutet: det görs av ledamöter, när beslutet är fattat.',
    working: 'Det tog längre tid än vanligt; svaret kommer som ett meddelande.',
    required: 'Fyll i det här fältet.',
    more: '… (mer finns; fråga gärna om en viss punkt)',
    notShown:
      'Jag kunde inte visa svaret i Slack just nu. Det du bad om kan ändå vara gjort, så fråga gärna igen innan du gör om det.',
  },
  en: {
    openForm: 'Fill in the form',
    closeForm: 'Close the decision …',
    dissentForm: 'Register dissent …',
    cancel: 'Cancel',
    nominationTitle: 'Nominate',
    closeTitle: 'Close the decision',
    dissentTitle: 'Dissent',
    choose: 'Choose',
    inviteBot: 'I cannot write in this channel. Invite me first (type /invite @samrad), then try again.',
    formExpired: 'The form could not be opened. Press the button again.',
    closeNotAllowed: 'Only the chair or the secretary can close the decision.',
    dissentNotAllowed: 'You cannot register dissent from this decision: members do that once it is taken.',
    working: 'That took longer than usual; the answer will come as a message.',
    required: 'Please fill in this field.',
    more: '… (there is more; ask about one item)',
    notShown:
      'I could not show the answer in Slack just now. What you asked for may still have been done, so ask again before you repeat it.',
  },
};
