/**
 * The machine-checkable part of the voice rules (docs/style-guide.md): pure checks on one string, and a walk
 * that finds every { fr, en } text in a parsed level file. voice.test.ts runs them on the real strings.
 */

/** One breach of a rule in one string: which rule, and where (the offending part in [brackets]). */
export interface Breach {
  rule: string;
  excerpt: string;
}

const NBSP = '\u00a0';
/** `{name}`, or `{name|one|other}` whose two forms are words the rules read (src/i18n/locale.ts). */
const PLACEHOLDER = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}|\{[^{}]*\}/g;
const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s«»“”()]+/g;
/** Letters and digits of any script: what a word boundary means here (\b only knows ASCII). */
const WORD = '\\p{L}\\p{N}_';

/** The offending part of text in [brackets], with a few words either side. */
export function excerpt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 20);
  const to = Math.min(text.length, at + length + 20);
  const before = (from > 0 ? '…' : '') + text.slice(from, at);
  const after = text.slice(at + length, to) + (to < text.length ? '…' : '');
  return `${before}[${text.slice(at, at + length)}]${after}`;
}

/**
 * text with its URLs and {placeholders} blanked out (same length), so no rule looks inside them; a plural's
 * two forms stay, as the player reads them.
 */
export function masked(text: string): string {
  const blank = (m: string) => '_'.repeat(m.length);
  return text
    .replace(URL, blank)
    .replace(PLACEHOLDER, (m, name?: string, one?: string, other?: string) =>
      name === undefined ? blank(m) : `${blank(`{${name}|`)}${one}_${other}_`,
    );
}

type Check = (text: string, seen: string) => Breach[];

/** A check that reports every match of a pattern (on the masked text) under one rule. */
const every =
  (rule: string, pattern: RegExp): Check =>
  (text, seen) =>
    [...seen.matchAll(pattern)].map((m) => ({ rule, excerpt: excerpt(text, m.index, m[0].length) }));

/** "élève(s)": the game writes the form that agrees with the number. */
const bracketPlural = every('plural written with (s) (write {n|one|other}, see t())', /\((?:s|x)\)/g);

const straightApostrophe = every('straight apostrophe (write ’)', /'/g);

/** A character's code point, as U+ writes it. */
const code = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** French: a no-break space (U+00A0) right before ? ! : ; — a time or ratio such as 10:30 is left alone. */
const frenchPunctuation: Check = (text, seen) =>
  [...seen.matchAll(/[?!:;]/g)].flatMap((m) => {
    const at = m.index;
    const before = seen[at - 1] ?? '';
    if (before === NBSP) return [];
    if (m[0] === ':' && /\d/.test(before) && /\d/.test(seen[at + 1] ?? '')) return [];
    if (/[?!]/.test(m[0]) && /[?!]/.test(before)) return []; // "?!": the first mark carries the space
    const what = /\s/.test(before) ? `plain space (U+${code(before)})` : 'no space';
    const start = /\s/.test(before) ? at - 1 : at;
    return [{ rule: `${what} before ${m[0]} (write U+00A0)`, excerpt: excerpt(text, start, at - start + 1) }];
  });

/** French: «\u00a0mot\u00a0», a no-break space inside each guillemet. */
const guillemetSpaces: Check = (text, seen) =>
  [...seen.matchAll(/«|»/g)].flatMap((m) => {
    const opens = m[0] === '«';
    const at = opens ? m.index + 1 : m.index - 1;
    const inside = seen[at] ?? '';
    if (inside === NBSP) return [];
    const what = /\s/.test(inside) ? 'a plain space' : 'no space';
    const [from, to] = opens
      ? [m.index, /\s/.test(inside) ? at + 1 : at]
      : [/\s/.test(inside) ? at : m.index, m.index + 1];
    return [{ rule: `${what} inside ${m[0]} (write U+00A0)`, excerpt: excerpt(text, from, to - from) }];
  });

/** Before "ton" these make it the noun (the tone of a voice: "dans son ton"), not "your". */
const TONE = /(?:^|[^\p{L}])(?:le|un|du|au|ce|son|mon|notre|votre|leur|même|bon|mauvais|autre|quel)\s+$/iu;

/** French: the tu-register (tu, te, t’, toi, ton, ta, tes) as whole words, lowercase or capitalised. */
const tuRegister: Check = (text, seen) => {
  const pronoun = new RegExp(
    `(?<![${WORD}])(?:[tT](?:u|e|oi|on|a|es)(?![${WORD}])|[tT]['’](?=\\p{L}))`,
    'gu',
  );
  return [...seen.matchAll(pronoun)]
    .filter((m) => !(m[0].toLowerCase() === 'ton' && TONE.test(seen.slice(0, m.index))))
    .map((m) => ({
      rule: `tu-register “${m[0]}” (address the player as vous)`,
      excerpt: excerpt(text, m.index, m[0].length),
    }));
};

/** The only endings a point médian may carry (one dot only): ingénieur·e, apprenant·es, tuteur·rice… */
export const MEDIAN_ENDINGS = 'e es ne nes fe fes le les euse euses rice rices'.split(' ');

const pointMedian: Check = (text, seen) =>
  [...seen.matchAll(/\p{L}+(?:·\p{L}*)+/gu)].flatMap((m) => {
    const [, ...endings] = m[0].split('·');
    const at = m.index;
    const say = (rule: string) => [{ rule, excerpt: excerpt(text, at, m[0].length) }];
    if (endings.length > 1) return say('point médian used twice in one word (write apprenant·es)');
    const ending = (endings[0] ?? '').toLowerCase();
    return MEDIAN_ENDINGS.includes(ending)
      ? []
      : say(`point médian ending “·${ending}” not in the list (${MEDIAN_ENDINGS.join(' ')})`);
  });

const otherInclusiveMarks = every(
  'inclusive ending written with . or ( ) (use the point médian: apprenant·es)',
  /(?<=\p{Ll})(?:\.(?:e|es)|\((?:e|es)\))(?![\p{L}])/gu,
);

const frenchBanned: [RegExp, string][] = [
  [/play[-\s]?tests?/giu, 'test de jeu, séance de test'],
  [/data[-\s]?managers?/giu, 'gestionnaire(s) de données'],
  [new RegExp(`(?<![${WORD}])replays?(?![${WORD}])`, 'giu'), 'rediffusion(s)'],
  [new RegExp(`(?<![${WORD}])feedbacks?(?![${WORD}])`, 'giu'), 'retour(s)'],
  [new RegExp(`(?<![${WORD}])deadlines?(?![${WORD}])`, 'giu'), 'échéance'],
];

const englishBanned: [RegExp, string][] = [
  // The learning type's old name, capitalised or quoted; "learners take in the facts" stays.
  [/\bTake in\b/g, 'Acquisition (the learning type)'],
  [/[“"]take in[”"]/gi, 'Acquisition (the learning type)'],
  // The skill's name, not the word: "Teaching as a Design Science" (a book) stays.
  [/(?<![\p{L}])Teaching(?=\s*(?:$|[:)”",.]|\s(?:level|skill)\b))/gu, 'Pedagogy (the skill)'],
];

const banned =
  (words: [RegExp, string][]): Check =>
  (text, seen) =>
    words.flatMap(([pattern, instead]) =>
      [...seen.matchAll(pattern)].map((m) => ({
        rule: `banned word (write ${instead})`,
        excerpt: excerpt(text, m.index, m[0].length),
      })),
    );

/** French: 2\u00a0000\u00a0€ and 10\u00a0%: a no-break space between thousands and before € and %. */
const frenchNumbers: Check = (text, seen) => [
  ...every('plain space or none before € or % (write U+00A0)', /(?<=[\d_])[^\S\u00a0]?(?=[€%])/g)(text, seen),
  ...every('plain space between thousands (write U+00A0)', /(?<=\d)[^\S\u00a0](?=\d{3}(?!\d))/g)(text, seen),
];

const straightDoubleQuote = (instead: string) => every(`straight double quote (write ${instead})`, /"/g);

const FRENCH: Check[] = [
  straightApostrophe,
  straightDoubleQuote('« »'),
  frenchPunctuation,
  guillemetSpaces,
  tuRegister,
  pointMedian,
  otherInclusiveMarks,
  banned(frenchBanned),
  frenchNumbers,
  bracketPlural,
];

const ENGLISH: Check[] = [
  straightApostrophe,
  straightDoubleQuote('“ ”'),
  every('French guillemets in English (write “ ”)', /[«»]/g),
  banned(englishBanned),
  bracketPlural,
];

const run = (checks: Check[]) => (text: string) => {
  const seen = masked(text);
  return checks.flatMap((check) => check(text, seen));
};

/** What a French string breaks of the voice rules. */
export const frenchBreaches: (text: string) => Breach[] = run(FRENCH);
/** What an English string breaks of the voice rules. */
export const englishBreaches: (text: string) => Breach[] = run(ENGLISH);

/** One player-facing string of a level file: its JSON path ($.events[id=…].title.fr), language and text. */
export interface FoundText {
  path: string;
  lang: 'fr' | 'en';
  text: string;
}

/** Every French and English text of a parsed level file: any object with a string fr or en, wherever it is. */
export function levelTexts(json: unknown, path = '$'): FoundText[] {
  if (Array.isArray(json))
    return json.flatMap((item, i) => {
      const id = typeof item?.id === 'string' ? `id=${item.id}` : String(i);
      return levelTexts(item, `${path}[${id}]`);
    });
  if (typeof json !== 'object' || json === null) return [];
  const o = json as Record<string, unknown>;
  const own = (['fr', 'en'] as const).flatMap((lang) =>
    typeof o[lang] === 'string' ? [{ path: `${path}.${lang}`, lang, text: o[lang] as string }] : [],
  );
  const deeper = Object.entries(o)
    .filter(([, v]) => typeof v === 'object')
    .flatMap(([k, v]) => levelTexts(v, `${path}.${k}`));
  return [...own, ...deeper];
}

/** The breaches of one text, as lines naming where (file, path or key) and what. */
export function breachLines(where: string, lang: 'fr' | 'en', text: string): string[] {
  const breaches = lang === 'fr' ? frenchBreaches(text) : englishBreaches(text);
  return breaches.map((b) => `${where}: ${b.rule}: ${b.excerpt}`);
}
