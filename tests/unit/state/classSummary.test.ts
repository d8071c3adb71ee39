import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/content/types.ts';
import { encodeResult } from '../../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, shapeOf } from '../../../src/sim/classroom/sessionPlan.ts';
import { classSummaryHtml, escapeHtml } from '../../../src/state/classSummary.ts';
import { classView } from '../../../src/state/classView.ts';
import { realCatalogue } from '../fixtures.ts';

const NB = '\u00a0';
const session: Session = { playlist: 'classroom', length: 2, seed: 91 };
const sessionCode = encodeSession(session);

/** Three pupils: stars 3, 3 and 1 on the first mission; two chose the MOOC, one missed the first need. */
function summary(cat: Catalogue): string {
  const shapes = (sessionMissions(session, cat) ?? []).map(shapeOf);
  const code = (ticket: number, stars: number, format: number, topic: number) =>
    encodeResult(sessionCode, shapes, {
      ticket,
      missions: [
        { stars, format, topic },
        { stars: 2, format: 0, topic: 2 },
      ],
    });
  const accepted = [code(1, 3, 1, 8), code(2, 3, 1, 0), code(3, 1, 0, 9)];
  const view = classView({ session, sessionCode, accepted }, cat);
  if (!view) throw new Error('no view');
  return classSummaryHtml(view, cat, '12/03/2026');
}

/** The text of the page, tags taken out. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('the printable class summary', () => {
  it('escapes text for HTML', () => {
    expect(escapeHtml(`<b>"Tom" & 'Léa'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Léa&#39;&lt;/b&gt;');
  });

  it('is a whole page that runs no script and loads nothing', () => {
    const html = summary(realCatalogue());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
    expect(html).toContain('@page { size: A4');
  });

  it('shows the session, the count, and per mission the stars, the formats and the commonest pitfalls', () => {
    const text = textOf(summary(realCatalogue()));
    expect(text).toContain(`Bilan de la classe — Séance ${sessionCode}`);
    expect(text).toContain('3 résultats');
    expect(text).toContain('12/03/2026');
    expect(text).toContain(`Mission 1${NB}: Rentrée numérique`);
    expect(text).toContain(`Mission 2${NB}: Sécurité en entrepôt`);
    // The first mission's spread: two pupils on 3 stars, none on 2, one on 1, none on 0.
    const counts = [...summary(realCatalogue()).matchAll(/<td class="n">(\d+)<\/td>/g)].map((m) => m[1]);
    expect(counts.slice(0, 4)).toEqual(['2', '0', '1', '0']);
    // Its formats, most chosen first, then its pitfall and its strength.
    expect(counts.slice(4, 6)).toEqual(['2', '1']);
    expect(text).toMatch(/MOOC[\s\S]*Webinaire/);
    expect(text).toContain('Pièges les plus fréquents');
    expect(text).toContain(`Oublié${NB}: `);
    expect(text).toContain(`Point fort le plus fréquent`);
    expect(text).toContain('Budget dépassé (3 élèves)');
    expect(text).toContain('aucun nom');
  });

  it('escapes what the content says, so no text can become markup', () => {
    const cat = structuredClone(realCatalogue());
    const mission = cat.missions['webinaire-rentree-etudiants'];
    if (!mission) throw new Error('no mission');
    mission.title = { fr: '<i>Rentrée</i> & "accueil"', en: 'x' };
    const html = summary(cat);
    expect(html).toContain('&lt;i&gt;Rentrée&lt;/i&gt; &amp; &quot;accueil&quot;');
    expect(html).not.toContain('<i>');
  });
});
