import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../../src/i18n/locale.ts';
import type { Say } from './flow.ts';

/** The pseudo-locale's id (the BCP 47 tag reserved for pseudo-localisation). */
export const PSEUDO = 'qps-ploc';

// Latin-1 and Latin Extended-A only: the letters the game's fonts draw, so the test measures real glyphs.
const MARKED = [...'àçďéĝĥîĵķļñôŕšţûŵýžÀÇĎÉĜĤÎĴĶĻÑÔŔŠŢÛŴÝŽ'];
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ'].map((c, i) => [c, MARKED[i] ?? c]),
);

const accent = (text: string) => [...text].map((c) => ACCENTED[c] ?? c).join('');

/**
 * A French string as the pseudo-locale writes it: every letter that has an accented form gets it, the
 * {placeholders} (and their plural forms) stay, and brackets and tildes make it 30 % longer ("Nouvelle carrière" becomes
 * "[Ñôûvéļļé çàŕŕîèŕé ~~]"). Brackets show where a string starts and ends; a cut one loses its "]".
 */
export function pseudo(text: string): string {
  const accented = text
    .split(/(\{\w+(?:\|[^|{}]*\|[^|{}]*)?\})/)
    .map((part, i) => (i % 2 === 1 ? part : accent(part)))
    .join('');
  const extra = Math.ceil(text.length * 0.3);
  return `[${accented} ${'~'.repeat(Math.max(1, extra - 3))}]`;
}

/** The pseudo-locale made from French: same keys, every string pseudo-translated, French numbers. */
export function pseudoLocale(french: Locale): Locale {
  return {
    meta: {
      ...french.meta,
      name: pseudo(french.meta.name),
      playIn: pseudo(french.meta.playIn),
    },
    strings: Object.fromEntries(
      Object.entries(french.strings).map(([key, text]) => [key, pseudo(text)]),
    ) as Locale['strings'],
  };
}

/**
 * Writes the pseudo-locale as one more folder of src/i18n/locales/ (typed like any other), and returns
 * a function that removes it. Nothing else changes: that is what the test proves.
 */
export function writePseudoLocale(localesDir: string, french: Locale): () => void {
  const dir = resolve(localesDir, PSEUDO);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, 'index.ts'),
    [
      '// Written by tests/e2e/pseudoLocale.ts for the pseudo-locale test, and removed after its build.',
      "import type { Locale } from '../../locale.ts';",
      '',
      `export default ${JSON.stringify(pseudoLocale(french), null, 2)} satisfies Locale;`,
      '',
    ].join('\n'),
  );
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * A French name pattern that also finds the name pseudo-translated: its letters accented, a "[" allowed
 * before each word (where a string, or a string put into it, starts). Content from levels/ stays French in
 * the pseudo-locale, so the French pattern still finds it.
 */
export const sayPseudo: Say = (name) => {
  const src = name.source;
  let out = src.startsWith('^') ? '' : '\\[?';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 1;
    } else if (c === '^') out += i === 0 ? '^\\[?' : c;
    else if (c === ' ') out += ' \\[?';
    else out += ACCENTED[c] ?? c;
  }
  return new RegExp(`(?:${src})|(?:${out})`, name.flags);
};
