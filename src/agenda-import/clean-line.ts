/**
 * Agenda documents come out of word processors with their markup half intact: bold markers that
 * open on one line and close on another ("- 1. Mötets öppnande**"), italics around phrases, list
 * bullets in front of item numbers, Markdown escapes ("3\."). These helpers take such a line apart.
 */

/** The line's words without emphasis markup, escapes, heading marks or no-break spaces. Bullets stay. */
export function stripMarkup(raw: string): string {
  let text = raw.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\uFEFF/g, '');
  text = text.replace(/\\([.\-*_#()[\]!+])/g, '$1');
  text = text.replace(/\*\*|__/g, '');
  text = text.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*>\s?/, '');
  // Italic markers: a lone * at either end of the line, or around a phrase inside it.
  text = text.replace(/(^|\s)\*(?=\S)([^*]*?\S)\*(?=$|[\s.,;:!?)])/g, '$1$2');
  text = text.replace(/^\s*\*(?=\S)/, '').replace(/(?<=\S)\*+\s*$/, '');
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Removes list bullets in front of a line ("- 1. Mötets öppnande" → "1. Mötets öppnande"). */
export function stripBullet(text: string): string {
  return text.replace(/^(?:[-*•+–]\s+)+/, '').trim();
}

/** Trims the punctuation that is left around a title or name after a reference was cut out of it. */
export function trimPunctuation(text: string): string {
  return text
    .replace(/^[\s,;:.\-–—]+/, '')
    .replace(/[\s,;:\-–—]+$/, '')
    .replace(/\s+\.$/, '.')
    .trim();
}
