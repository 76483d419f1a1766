import { z } from 'zod';

/** The languages the networks' members read: Swedish by default, English on request. */
export const LangSchema = z.enum(['sv', 'en']);
export type Lang = z.infer<typeof LangSchema>;
export const DEFAULT_LANG: Lang = 'sv';
