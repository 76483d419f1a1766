export { DEFAULT_LANG, LangSchema, type Lang } from '../domain/lang.js';
import type { Lang } from '../domain/lang.js';

/** A text in both languages. */
export type Bilingual<T = string> = Record<Lang, T>;
