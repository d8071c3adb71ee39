import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeProblems } from '../../../scripts/checkLocales.ts';
import { LOCALES_DIR, localeIds, readLocales } from '../../../scripts/locales.ts';
import type { LocaleTable } from '../../../src/i18n/locale.ts';

const locales = await readLocales((file) => import(file));
const [french] = locales;
if (!french) throw new Error('no French in src/i18n/locales/');
const keys = Object.keys(french.strings);
const prefixOf = (key: string) => key.split('.')[0] ?? '';

/** Each file of a language folder but its index, with the strings it exports. */
async function filesOf(id: string): Promise<Map<string, Record<string, string>>> {
  const dir = resolve(LOCALES_DIR, id);
  const names = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const entries = await Promise.all(
    names.map(
      async (f) => [f, Object.values(await import(join(dir, f)))[0] as Record<string, string>] as const,
    ),
  );
  return new Map(entries);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the languages of src/i18n/locales/', () => {
  it('are its folders, French first, each giving every French key and no other', () => {
    expect(localeIds()[0]).toBe('fr');
    expect(locales.map((l) => l.id)).toEqual(localeIds());
    expect(locales.map((l) => l.id)).toContain('en');
    expect(localeProblems(locales)).toEqual([]);
  });

  it('refuse a language that misses a key, adds one, or drops a placeholder, naming each', () => {
    const english = locales.find((l) => l.id === 'en') as LocaleTable;
    const { 'title.new': _, ...missing } = english.strings;
    const broken: LocaleTable = {
      id: 'xx',
      meta: { ...english.meta, labelPattern: '{label}' },
      strings: {
        ...missing,
        'title.nwe': 'New',
        'develop.late': 'Late',
        'classDebrief.results': '{n} {n|result}',
      } as unknown as LocaleTable['strings'],
    };
    expect(localeProblems([french, broken])).toEqual([
      'xx: meta.labelPattern must hold {label} and {value}',
      'xx: "title.new" is missing',
      'xx: "develop.late" must use the placeholders of French: n',
      'xx: "classDebrief.results" has a { } or | that is no placeholder: write {name} or {name|one|other}',
      'xx: "title.nwe" is not a key of French',
    ]);
  });

  it('keep each key prefix in exactly one file, the same file in every language', async () => {
    const reference = await filesOf('fr');
    const home = new Map<string, string>();
    for (const [file, strings] of reference)
      for (const key of Object.keys(strings)) {
        const before = home.get(prefixOf(key));
        expect(before ?? file, `"${prefixOf(key)}.*" is in ${before} and ${file}`).toBe(file);
        home.set(prefixOf(key), file);
      }
    for (const { id } of locales.slice(1)) {
      const files = await filesOf(id);
      expect([...files.keys()].sort(), id).toEqual([...reference.keys()].sort());
      for (const [file, strings] of reference)
        expect(Object.keys(files.get(file) ?? {}).sort(), `${id}/${file}`).toEqual(
          Object.keys(strings).sort(),
        );
    }
  });

  it('use every key somewhere in src/, written out whole (no key built from pieces)', () => {
    const src = resolve(LOCALES_DIR, '../..');
    const code = sourceFiles(src)
      .filter((f) => !f.startsWith(join(src, 'i18n')))
      .map((f) => ({ file: relative(src, f), text: readFileSync(f, 'utf8') }));
    const all = code.map((c) => c.text).join('\n');
    expect(keys.filter((k) => !all.includes(`'${k}'`))).toEqual([]);
    // A key glued from parts (t(`skill.${s}`)) hides from this test: closed lists go through a map instead.
    expect(code.filter((c) => /\bt\(`/.test(c.text)).map((c) => c.file)).toEqual([]);
  });
});
