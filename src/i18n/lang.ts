import { z } from 'zod';

/** Languages a member can read samrad in: Swedish by default, English on request. */
export const LangSchema = z.enum(['sv', 'en']);
export type Lang = z.infer<typeof LangSchema>;
export const DEFAULT_LANG: Lang = 'sv';

/** A text in both languages. */
export type Bilingual<T = string> = Record<Lang, T>;
