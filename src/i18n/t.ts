import type { Lang, Text } from '../content/primitives.ts';
import type { StringKey, StringTables } from './tables.ts';

export type { StringKey };

let tables: StringTables | null = null;
let current: Lang = 'fr';

/** Installs the interface strings (fetched by main.ts; imported directly by tests and scripts). */
export function setStrings(strings: StringTables): void {
  tables = strings;
}

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

/** The interface string for key in the current language, with {name} placeholders filled in. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  const text = tables?.[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A content text ({ fr, en } from levels/) in the current language. */
export function tx(text: Text): string {
  return text[current];
}

/** Numbers as the current language writes them (1 200 in French, 1,200 in English). */
export function num(n: number): string {
  return new Intl.NumberFormat(current === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
}
