import type { Lang } from '../domain/lang.js';

/**
 * What members say, per intent, in Swedish and English. Questions are matched against these
 * examples after the things they name are replaced by placeholders: XITEM (an item number),
 * XBODY (a body), XPRINCIPAL (a municipality or the region), XCOST (a joint cost), XDATE, XAMOUNT.
 * Add a line here when members ask something in a way samrad does not yet understand.
 */
export const INTENT_NAMES = [
  'next-meeting',
  'join',
  'agenda',
  'item',
  'item-presenter',
  'item-attachments',
  'item-proposal',
  'calendar',
  'past-decision',
  'cost-share',
  'my-bodies',
  'search',
  'open-decision',
  'link-chat',
  'decision-journey',
  'help',
  'greeting',
  'set-language-en',
  'set-language-sv',
] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

export const INTENT_EXAMPLES: Record<IntentName, Record<Lang, string[]>> = {
  'next-meeting': {
    sv: [
      'när är nästa möte',
      'nästa möte',
      'när ses vi nästa gång',
      'när träffas XBODY nästa gång',
      'när är nästa möte med XBODY',
      'när möts XBODY',
      'vilken dag är mötet',
      'när är mötet',
      'när börjar mötet',
      'vilken tid är mötet',
    ],
    en: [
      'when is the next meeting',
      'next meeting',
      'when do we meet next',
      'when does XBODY meet',
      'what time is the meeting',
    ],
  },
  join: {
    sv: [
      'var är mötet',
      'var är nästa möte',
      'var hålls mötet',
      'hur ansluter jag till mötet',
      'länk till mötet',
      'teamslänk',
      'var ska vi vara',
      'vilken lokal',
      'är mötet digitalt',
      'hur kommer jag in på mötet',
    ],
    en: [
      'where is the meeting',
      'how do i join the meeting',
      'meeting link',
      'join link',
      'where do we meet',
    ],
  },
  agenda: {
    sv: [
      'dagordning',
      'vad står på dagordningen',
      'visa dagordningen',
      'dagordningen för XBODY',
      'vilka punkter finns',
      'vad ska vi ta upp',
      'vad ska behandlas på mötet',
      'föredragningslista',
      'dagordningen XDATE',
      'vilka ärenden tas upp',
    ],
    en: [
      'agenda',
      'show the agenda',
      'what is on the agenda',
      'agenda for XBODY',
      'which items are on the agenda',
    ],
  },
  item: {
    sv: [
      'XITEM',
      'visa XITEM',
      'berätta om XITEM',
      'vad handlar XITEM om',
      'vad gäller XITEM',
      'information om XITEM',
    ],
    en: ['XITEM', 'show XITEM', 'what is XITEM about', 'tell me about XITEM'],
  },
  'item-presenter': {
    sv: [
      'vem föredrar XITEM',
      'vem presenterar XITEM',
      'föredragande XITEM',
      'vem håller i XITEM',
      'vem ansvarar för XITEM',
    ],
    en: ['who presents XITEM', 'presenter of XITEM', 'who is presenting XITEM'],
  },
  'item-attachments': {
    sv: [
      'bilagor till XITEM',
      'vilka bilagor har XITEM',
      'handlingar till XITEM',
      'underlag till XITEM',
      'bilaga XITEM',
    ],
    en: ['attachments for XITEM', 'documents for XITEM', 'which attachments does XITEM have'],
  },
  'item-proposal': {
    sv: [
      'förslag till beslut XITEM',
      'vad föreslås i XITEM',
      'beslutsförslag XITEM',
      'vad ska vi besluta i XITEM',
      'vilket förslag har XITEM',
      'att-satser XITEM',
    ],
    en: ['proposal for XITEM', 'what is proposed in XITEM', 'proposed decision XITEM'],
  },
  calendar: {
    sv: [
      'kalendarium',
      'kommande möten',
      'vilka möten är planerade',
      'visa mötesplanen',
      'mötesdatum',
      'när har XBODY möten i år',
      'vilka möten är inställda',
      'mötestider',
      'alla möten',
    ],
    en: [
      'calendar',
      'upcoming meetings',
      'meeting dates',
      'which meetings are planned',
      'list meetings',
      'schedule',
    ],
  },
  'past-decision': {
    sv: [
      'vad beslutades om',
      'vad blev beslutet om',
      'vilket beslut togs om',
      'vad beslutade XBODY om',
      'har vi beslutat om',
      'beslut om',
      'vad sa XBODY om',
    ],
    en: ['what was decided about', 'what was the decision on', 'decision about', 'did we decide on'],
  },
  'cost-share': {
    sv: [
      'vad betalar XPRINCIPAL för XCOST',
      'vad betalar XPRINCIPAL',
      'hur mycket betalar XPRINCIPAL',
      'kostnad för XPRINCIPAL',
      'XPRINCIPAL andel av XCOST',
      'vad kostar XCOST för XPRINCIPAL',
      'kostnadsfördelning XCOST',
      'vad kostar XCOST',
      'fördela XAMOUNT',
      'hur fördelas kostnaden',
    ],
    en: [
      'what does XPRINCIPAL pay for XCOST',
      'how much does XPRINCIPAL pay',
      'XPRINCIPAL share of XCOST',
      'cost split XCOST',
      'split XAMOUNT',
    ],
  },
  'my-bodies': {
    sv: [
      'mina möten',
      'vilka organ sitter jag i',
      'vilka grupper är jag med i',
      'är jag ledamot',
      'vem är jag',
      'mina uppdrag',
    ],
    en: ['my meetings', 'which bodies am i in', 'am i a member', 'who am i', 'my groups'],
  },
  'open-decision': {
    sv: [
      'öppna beslut XITEM',
      'öppna beslutet om XITEM',
      'starta omröstning XITEM',
      'rösta om XITEM',
      'beslut XITEM öppna',
      'öppna beslut XITEM anonymt',
      'öppna omröstning XITEM med ersättare',
    ],
    en: [
      'open decision XITEM',
      'start the vote on XITEM',
      'open vote XITEM',
      'open decision XITEM anonymous',
    ],
  },
  'link-chat': {
    sv: [
      'koppla chatten till XBODY',
      'koppla den här chatten till XBODY',
      'koppla chatten till mötet',
      'länka chatten till XBODY',
    ],
    en: ['link this chat to XBODY', 'link the chat to XBODY', 'link this chat to the meeting'],
  },
  'decision-journey': {
    sv: [
      'var står beslutet om',
      'hur har det gått med beslutet om',
      'vilka har antagit',
      'vilka huvudmän har antagit',
      'har kommunerna antagit',
      'status för beslutet om',
      'var är ärendet om',
    ],
    en: [
      'where does the decision on stand',
      'status of the decision on',
      'who has adopted',
      'which principals have adopted',
    ],
  },
  search: {
    sv: ['sök', 'sök efter', 'hitta', 'finns det något om', 'vilka ärenden handlar om', 'var tas upp'],
    en: ['search', 'search for', 'find', 'is there anything about', 'which items are about'],
  },
  help: {
    sv: [
      'hjälp',
      'vad kan du',
      'vad kan jag fråga',
      'hur funkar det',
      'instruktioner',
      'kommandon',
      'vad kan du göra',
    ],
    en: ['help', 'what can you do', 'what can i ask', 'how does this work', 'commands'],
  },
  greeting: {
    sv: ['hej', 'hallå', 'god morgon', 'tjena', 'hejsan'],
    en: ['hello', 'hi', 'good morning', 'hey'],
  },
  'set-language-en': {
    sv: ['svara på engelska', 'engelska'],
    en: ['english please', 'in english', 'answer in english', 'english'],
  },
  'set-language-sv': {
    sv: ['svenska', 'svara på svenska', 'på svenska tack'],
    en: ['swedish please', 'in swedish', 'answer in swedish', 'swedish'],
  },
};
