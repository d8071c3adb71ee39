import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../scripts/locales.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { realLevelFiles } from '../levels/levelFiles.ts';
import { breachLines, levelTexts } from './voiceRules.ts';

// The voice rules (docs/style-guide.md) on every player-facing string: the interface strings of
// src/i18n/locales/{fr,en}/ and every { fr, en } text of levels/. Each line names the file, the key or JSON
// path, the rule and the offending part in [brackets].

const LANGUAGES = ['fr', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];

/** Each file of a language folder with its strings: the groups, and index.ts's meta (labelPattern…). */
async function localeFiles(lang: Lang): Promise<[string, Record<string, string>][]> {
  const dir = join(LOCALES_DIR, lang);
  return Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map(async (f): Promise<[string, Record<string, string>]> => {
        const module: Record<string, unknown> = await import(join(dir, f));
        if (f === 'index.ts') {
          const { meta } = module.default as Locale;
          return [f, Object.fromEntries(Object.entries(meta).map(([k, v]) => [`meta.${k}`, v]))];
        }
        return [f, Object.values(module)[0] as Record<string, string>];
      }),
  );
}

const locales = await Promise.all(LANGUAGES.map(async (lang) => ({ lang, files: await localeFiles(lang) })));

describe('the interface strings of src/i18n/locales/', () => {
  for (const { lang, files } of locales)
    it.each(files.map(([file, strings]) => [`${lang}/${file}`, strings] as const))(
      '%s keep the voice rules',
      (where, strings) => {
        const lines = Object.entries(strings).flatMap(([key, text]) =>
          breachLines(`src/i18n/locales/${where} "${key}"`, lang, text),
        );
        expect(lines).toEqual([]);
      },
    );

  it('call the card step « scénario » in French: the interface never means the writer’s storyboard', () => {
    const french = locales.find((l) => l.lang === 'fr')?.files ?? [];
    const lines = french.flatMap(([file, strings]) =>
      Object.entries(strings)
        .filter(([, text]) => /storyboard/i.test(text))
        .map(([key, text]) => `src/i18n/locales/fr/${file} "${key}": ${text}`),
    );
    expect(lines).toEqual([]);
  });
});

describe('the texts of levels/', () => {
  const files = realLevelFiles();

  it('are found, French and English, in every file that has any', () => {
    const texts = files.flatMap((f) => levelTexts(JSON.parse(f.text)));
    expect(texts.filter((t) => t.lang === 'fr').length).toBeGreaterThan(500);
    expect(texts.filter((t) => t.lang === 'en').length).toBeGreaterThan(500);
  });

  it.each(files.map((f) => [f.path, f.text]))('levels/%s keeps the voice rules', (path, text) => {
    const lines = levelTexts(JSON.parse(text)).flatMap((t) =>
      breachLines(`levels/${path} ${t.path}`, t.lang, t.text),
    );
    expect(lines).toEqual([]);
  });
});
