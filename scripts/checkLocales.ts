import { LANGUAGE_ID } from '../src/content/vocabulary.ts';
import { type LocaleTable, PLACEHOLDER, REFERENCE_LANGUAGE } from '../src/i18n/locale.ts';

/** The names a string's placeholders read, each once: a language may agree a word with a number more often. */
const placeholders = (s: string) => [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
/** What is left of a `{…}` or a `|` once the placeholders are taken out: a plural without its two forms. */
const stray = (s: string) => /[{}|]/.test(s.replace(PLACEHOLDER, ''));

/**
 * What is wrong with the languages found in src/i18n/locales/, one line each: the type check catches most
 * of it in a folder written by hand, this catches it in any folder (a generated one, a plain JavaScript one)
 * before the build ships it.
 */
export function localeProblems(locales: readonly LocaleTable[]): string[] {
  const problems: string[] = [];
  const reference = locales[0];
  if (reference?.id !== REFERENCE_LANGUAGE) return [`the first language must be ${REFERENCE_LANGUAGE}`];
  const keys = Object.keys(reference.strings);
  for (const { id, meta, strings } of locales) {
    const say = (what: string) => problems.push(`${id}: ${what}`);
    if (!LANGUAGE_ID.test(id)) say('the folder name must be a lowercase language id such as pt-br');
    try {
      new Intl.NumberFormat(meta.tag);
    } catch {
      say(`meta.tag "${meta.tag}" is not a language tag Intl knows`);
    }
    if (!meta.name?.trim()) say('meta.name is empty');
    if (!meta.playIn?.trim()) say('meta.playIn is empty');
    if (!meta.labelPattern?.includes('{label}') || !meta.labelPattern.includes('{value}'))
      say('meta.labelPattern must hold {label} and {value}');
    for (const key of keys) {
      const text = strings[key as keyof typeof strings];
      if (typeof text !== 'string' || !text.trim()) say(`"${key}" is missing`);
      else if (stray(text))
        say(`"${key}" has a { } or | that is no placeholder: write {name} or {name|one|other}`);
      else if (placeholders(text).join() !== placeholders(reference.strings[key as never]).join())
        say(`"${key}" must use the placeholders of French: ${placeholders(reference.strings[key as never])}`);
    }
    for (const key of Object.keys(strings)) if (!keys.includes(key)) say(`"${key}" is not a key of French`);
  }
  return problems;
}
