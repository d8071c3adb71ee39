import type { Lang, Text } from '../content/primitives.ts';
import { type LocaleTable, PLACEHOLDER, REFERENCE_LANGUAGE, type StringKey } from './locale.ts';

export type { StringKey };

let locales: readonly LocaleTable[] = [];
let current: LocaleTable | undefined;

/**
 * Installs the languages the game ships, French first (fetched by main.ts from the JSON the build wrote;
 * read from src/i18n/locales/ directly by tests and scripts).
 */
export function setStrings(all: readonly LocaleTable[]): void {
  locales = all;
  current = all.find((l) => l.id === current?.id) ?? all[0];
}

/** Switches to a shipped language; an unknown one leaves French. */
export function setLanguage(lang: Lang): void {
  current = locales.find((l) => l.id === lang) ?? locales[0];
}

export function language(): Lang {
  return current?.id ?? REFERENCE_LANGUAGE;
}

/** The languages the game ships, in order (French first), with their own names. */
export function languages(): readonly { id: Lang; name: string; playIn: string }[] {
  return locales.map((l) => ({ id: l.id, name: l.meta.name, playIn: l.meta.playIn }));
}

export function isShipped(lang: string): boolean {
  return locales.some((l) => l.id === lang);
}

/** The language after lang in the list, back to the first after the last: what a language switch moves to. */
export function nextLanguage(lang: Lang): Lang {
  const at = locales.findIndex((l) => l.id === lang);
  return locales[(at + 1) % locales.length]?.id ?? REFERENCE_LANGUAGE;
}

/**
 * The first shipped language among those wanted (a `?lang=` value, the browser's languages), matched by id
 * or by main language ("en-US" finds "en"); French when none is shipped.
 */
export function matchLanguage(wanted: readonly (string | null | undefined)[]): Lang {
  for (const w of wanted) {
    if (!w) continue;
    const found =
      locales.find((l) => l.id.toLowerCase() === w.toLowerCase()) ??
      locales.find((l) => l.id === w.toLowerCase().split('-')[0]);
    if (found) return found.id;
  }
  return REFERENCE_LANGUAGE;
}

const tag = () => current?.meta.tag ?? 'fr-FR';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Whether a value takes the singular in the current language ("one": 0 and 1 in French, 1 in English). A
 * number already written for display ("1,5", "1 200") is read back; anything else takes the plural.
 */
function isOne(value: string | number | undefined): boolean {
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(n)) return false;
  const tagged = tag();
  const rules = pluralRules.get(tagged) ?? new Intl.PluralRules(tagged);
  pluralRules.set(tagged, rules);
  return rules.select(n) === 'one';
}

/**
 * The interface string for key in the current language, with its placeholders filled in: `{name}` by the
 * value, `{name|one|other}` by the form that agrees with it ("{n} {n|élève a|élèves ont} choisi").
 */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  const text = current?.strings[key] ?? key;
  return text.replace(PLACEHOLDER, (whole, k: string, one?: string, other?: string) => {
    const value = params[k];
    if (one === undefined || other === undefined) return String(value ?? whole);
    return isOne(value) ? one : other;
  });
}

/** A content text from levels/ in the current language, or in French where levels/ has no translation. */
export function tx(text: Text): string {
  return text[language()] ?? text.fr;
}

/** Numbers as the current language writes them (1 200 in French, 1,200 in English). */
export function num(n: number): string {
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: 1 }).format(n);
}

/** An amount in euros as the current language writes it ("6 000 €" in French, "€6,000" in English). */
export function money(euros: number): string {
  return new Intl.NumberFormat(tag(), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(euros);
}

/** A label and its value, with the language's own punctuation ("Budget : 6 000 €", "Budget: €6,000"). */
export function labelled(name: string, value: string | number): string {
  const pattern = current?.meta.labelPattern ?? '{label}\u00a0: {value}';
  return pattern.replace(/\{(label|value)\}/g, (_, k: string) => (k === 'label' ? name : String(value)));
}

/** Items as the current language lists them ("a, b et c" in French, "a, b and c" in English). */
export function listed(items: readonly string[]): string {
  return new Intl.ListFormat(tag(), { type: 'conjunction' }).format(items);
}
