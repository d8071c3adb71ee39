import { describe, expect, it } from 'vitest';
import { loadLevels } from '../../../src/content/validate.ts';
import { realCatalogue } from '../fixtures.ts';
import { withJson } from './levelFiles.ts';

const routes = 'catalogue/routes.json';

// Level JSON is untyped on purpose: a broken copy is precisely one that breaks the types.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = any;

const broken: { name: string; change: (r: Json) => void; path: string; message: RegExp }[] = [
  {
    name: 'a route without its English text',
    change: (r) => delete r.routes[1].text.en,
    path: '$.routes[1].text.en',
    message: /missing its "en" text/,
  },
  {
    name: 'a route citing an unknown fact',
    change: (r) => (r.routes[0].facts[0] = 'F99'),
    path: '$.routes[0].facts[0]',
    message: /unknown fact "F99"/,
  },
  {
    name: 'a route citing no fact',
    change: (r) => (r.routes[2].facts = []),
    path: '$.routes[2].facts',
    message: /at least one fact/,
  },
  {
    name: 'a route of an unknown kind',
    change: (r) => (r.routes[0].kind = 'luck'),
    path: '$.routes[0].kind',
    message: /study/,
  },
  {
    name: 'two routes with the same id',
    change: (r) => (r.routes[3].id = r.routes[0].id),
    path: '$.routes[3].id',
    message: /duplicate id/,
  },
];

describe('levels/catalogue/routes.json', () => {
  it.each(broken)('is rejected when it has $name, naming the file and the path', (b) => {
    const { catalogue, problems } = loadLevels(withJson(routes, b.change));
    expect(catalogue).toBeUndefined();
    expect(problems).toContainEqual({
      file: routes,
      path: b.path,
      message: expect.stringMatching(b.message),
    });
  });

  const cat = realCatalogue();

  it('keeps the short courses for teachers (F10) apart from the specialised masters (F14)', () => {
    const citing = (f: string) => cat.routes.filter((r) => r.facts.includes(f)).map((r) => r.id);
    expect(citing('F10')).toHaveLength(1);
    expect(citing('F14')).toHaveLength(1);
    expect(citing('F10')[0]).not.toBe(citing('F14')[0]);
  });

  it('holds three to six routes, each citing facts that exist', () => {
    expect(cat.routes.length).toBeGreaterThanOrEqual(3);
    expect(cat.routes.length).toBeLessThanOrEqual(6);
    for (const r of cat.routes) {
      expect(r.facts.length, r.id).toBeGreaterThan(0);
      for (const f of r.facts) expect(cat.facts[f], `${r.id} cites ${f}`).toBeDefined();
    }
  });

  it('teaches every fact about the routes into the job, pay and prospects (F12–F20)', () => {
    const cited = new Set(cat.routes.flatMap((r) => r.facts));
    for (let i = 12; i <= 20; i++) expect(cited, `F${i}`).toContain(`F${i}`);
  });

  it('says dated figures are of the time of the survey', () => {
    for (const r of cat.routes) {
      const dated = r.facts.some((f) => cat.facts[f]?.dated && /\d/.test(cat.facts[f]?.text.fr ?? ''));
      if (dated && /\d/.test(r.text.fr)) {
        expect(r.text.fr, r.id).toMatch(/au moment de l[’']enquête/i);
        expect(r.text.en, r.id).toMatch(/at the time of the survey/i);
      }
    }
  });
});
