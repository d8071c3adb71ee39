import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n/t.ts';
import { encodeResult } from '../../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session } from '../../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, shapeOf } from '../../../src/sim/classroom/sessionPlan.ts';
import type { MissionSummary } from '../../../src/sim/classroom/topics.ts';
import { classCsv, csvField } from '../../../src/state/classCsv.ts';
import { classView } from '../../../src/state/classView.ts';
import { realCatalogue } from '../fixtures.ts';

const cat = realCatalogue();
const NB = '\u00a0';
// The classroom playlist's first two missions: « Rentrée numérique » (webinar, MOOC, interactive module,
// serious game) and « Sécurité en entrepôt » (interactive module, serious game, webinar, blended).
const session: Session = { playlist: 'classroom', length: 2, seed: 77 };
const sessionCode = encodeSession(session);
const shapes = (sessionMissions(session, cat) ?? []).map(shapeOf);
const code = (ticket: number, missions: MissionSummary[]) =>
  encodeResult(sessionCode, shapes, { ticket, missions });

const a = code(1, [
  { stars: 3, format: 1, topic: 9 },
  { stars: 1, format: 0, topic: 2 },
]);
const b = code(2, [
  { stars: 0, format: 0, topic: 0 },
  { stars: 2, format: 3, topic: 5 },
]);
/** The first need of « Rentrée numérique », missed: topic 9 (src/sim/classroom/topics.ts). */
const firstNeed = cat.missions['webinaire-rentree-etudiants']?.needs[0]?.why.fr;
const view = () => {
  const v = classView({ session, sessionCode, accepted: [a, b] }, cat);
  if (!v) throw new Error('no view');
  return v;
};

afterEach(() => setLanguage('fr'));

describe('the class results as CSV', () => {
  it('quotes a field only when it must (RFC 4180), doubling its quotes', () => {
    expect(csvField('MOOC')).toBe('MOOC');
    expect(csvField(3)).toBe('3');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('il dit "non"')).toBe('"il dit ""non"""');
    expect(csvField('deux\r\nlignes')).toBe('"deux\r\nlignes"');
  });

  it('has one row per code: stars, format and main topic of each mission, then the total; no names', () => {
    const csv = classCsv(view(), cat);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    const m1 = 'Mission 1 (Rentrée numérique)';
    const m2 = 'Mission 2 (Sécurité en entrepôt)';
    expect(lines).toEqual([
      [
        'Code résultat',
        `${m1}${NB}: étoiles`,
        `${m1}${NB}: format`,
        `${m1}${NB}: thème principal`,
        `${m2}${NB}: étoiles`,
        `${m2}${NB}: format`,
        `${m2}${NB}: thème principal`,
        'Total des étoiles',
      ].join(';'),
      [a, '3', 'MOOC', `"Oublié${NB}: ${firstNeed}"`, '1', 'Module interactif', 'Budget dépassé', '4'].join(
        ';',
      ),
      [
        b,
        '0',
        'Webinaire',
        'Rien de marquant',
        '2',
        'Formation hybride',
        'Des heures mal réparties entre les activités',
        '2',
      ].join(';'),
    ]);
  });

  it('names things in the teacher’s language', () => {
    setLanguage('en');
    const [head, first] = classCsv(view(), cat).slice(1).split('\r\n');
    expect(head?.split(';')[0]).toBe('Result code');
    expect(head?.split(';')[1]).toBe('Mission 1 (Digital welcome week): stars');
    expect(first?.split(';').slice(1, 3)).toEqual(['3', 'MOOC']);
  });

  it('is a header alone when no code came back', () => {
    const empty = classView({ session, sessionCode, accepted: [] }, cat);
    if (!empty) throw new Error('no view');
    expect(classCsv(empty, cat).split('\r\n')).toHaveLength(2);
  });
});
