import type { Lang, Text } from '../sim/types.ts';
import { type CareerKey, careerEn, careerFr } from './careerStrings.ts';
import { type ModeKey, modeEn, modeFr } from './modeStrings.ts';
import { type StringKey as BaseKey, en, fr } from './strings.ts';

export type StringKey = BaseKey | CareerKey | ModeKey;

const tables: Record<Lang, Record<StringKey, string>> = {
  fr: { ...fr, ...careerFr, ...modeFr },
  en: { ...en, ...careerEn, ...modeEn },
};
let current: Lang = 'fr';

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

/** The interface string for key in the current language, with {name} placeholders filled in. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return tables[current][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A content text ({ fr, en } from levels/) in the current language. */
export function tx(text: Text): string {
  return text[current];
}

/** Numbers as the current language writes them (1 200 in French, 1,200 in English). */
export function num(n: number): string {
  return new Intl.NumberFormat(current === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
}
