import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setLanguage, t } from '../../../src/i18n/t.ts';
import { sayProblem } from '../../../src/workshop/problemMessages.ts';
import { problemText } from '../../../src/workshop/problemsPanel.ts';
import { teacherMessage, zodInLanguage } from '../../../src/workshop/zodMessages.ts';

const CONTENT = resolve(import.meta.dirname, '../../../src/content');
const CHECKS = [
  'primitives.ts',
  'missionSchema.ts',
  'validate.ts',
  'references.ts',
  'missionReferences.ts',
  'castReferences.ts',
  'textLanguages.ts',
  'reach.ts',
];

/**
 * Every message the checks write by hand, its ${…} filled in ("x" for a quoted id, 2 for a number): the third argument of a `say(file, path,
 * …)`, a `message:` and the messages given to zod's checks.
 */
function handWrittenMessages(): string[] {
  const messages = CHECKS.flatMap((f) => {
    const text = readFileSync(resolve(CONTENT, f), 'utf8');
    const literal = String.raw`(['\`])((?:(?!\1)[^\\]|\\.)*)\1`;
    const found = [
      ...text.matchAll(new RegExp(String.raw`say\(\s*[^,]+,\s*(?:'[^']*'|\`[^\`]*\`),\s*${literal}`, 'g')),
      ...text.matchAll(new RegExp(String.raw`message:\s*${literal}`, 'g')),
      ...text.matchAll(new RegExp(String.raw`\.(?:min|max|regex|refine)\([^'\`]*?,\s*${literal}\s*\)`, 'g')),
    ];
    return found.map((m) =>
      (m[3] ?? m[2] ?? '').replace(/"\$\{[^}]+\}"/g, '"x"').replace(/\$\{[^}]+\}/g, '2'),
    );
  });
  return [...new Set(messages)];
}

describe('the checks’ messages, said to a teacher', () => {
  afterAll(() => setLanguage('fr'));

  it('finds the hand-written messages of src/content', () => {
    const all = handWrittenMessages();
    expect(all).toContain('must not be empty');
    expect(all).toContain('unknown event "x"');
    expect(all).toContain('missing its "x" text (levels/ is written in 2)');
    expect(all.length).toBeGreaterThan(40);
  });

  it('has words for every one a mission can cause, with what to do; the others are shown as the game says them', () => {
    const unsaid = handWrittenMessages().filter((m) => {
      const said = sayProblem(m);
      return typeof said === 'string' || said.key === 'draftCheck.other';
    });
    // Only catalogue files can cause these: a mission draft cannot.
    expect(unsaid.sort()).toEqual(
      [
        '"x" already has a client: "x"',
        'file is missing or invalid',
        'no client speaks for the recruiter "x"',
        'no entry for the method "x"',
        'no live moment for format "x"',
        'not a known kind of level file (see docs/levels.md)',
        'ranks must be listed by increasing reputation',
        'the first rank must need 0 reputation',
        'unknown contract "x"',
        'unknown fact "x"',
        'unknown mission "x"',
        'unknown role "x"',
        'unknown teller "x": write "client", "team" or a role\'s id',
      ].sort(),
    );
  });

  it('fills the words with what the message names', () => {
    setLanguage('fr');
    expect(problemText('unknown event "invasion"')).toBe(
      'L’événement «\u00a0invasion\u00a0» n’existe pas\u00a0: cochez des événements de la liste.',
    );
    expect(problemText('draws 3 events from a pool of 2')).toBe(
      'La mission tire 3 événements parmi 2\u00a0: tirez-en moins ou cochez-en plus.',
    );
    expect(
      problemText(
        'leads with "F09" as "module-securite-entrepot" does: each mission leads with its own fact',
      ),
    ).toContain('«\u00a0module-securite-entrepot\u00a0»');
    setLanguage('en');
    expect(problemText('must not be empty')).toBe('This text is empty: write it.');
    expect(problemText('unknown fact "F99"')).toBe('The game says: unknown fact "F99"');
  });

  it('says zod’s own issues in the teacher’s words and language', () => {
    setLanguage('fr');
    zodInLanguage();
    const schema = z
      .object({ weeks: z.number().int().positive(), hours: z.number().max(60), who: z.enum(['a']) })
      .strict();
    const issues = schema.safeParse({ weeks: 0, hours: 70, who: 'b', extra: 1 }).error?.issues ?? [];
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'weeks: Mettez un nombre plus grand que 0.',
      'hours: Mettez au plus 60.',
      'who: Choisissez une valeur de la liste.',
      ': Champ inconnu «\u00a0extra\u00a0»\u00a0: retirez-le dans la vue JSON brut.',
    ]);
    expect(schema.safeParse({}).error?.issues[0]?.message).toBe(t('draftCheck.required'));
    // A schema's own message wins: the table above says it.
    expect(z.string().min(1, 'must not be empty').safeParse('').error?.issues[0]?.message).toBe(
      'must not be empty',
    );
    expect(teacherMessage({ code: 'too_small', origin: 'array', minimum: 3 })).toBe(
      'Il en faut au moins 3\u00a0: ajoutez-en.',
    );
  });
});
