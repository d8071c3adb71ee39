import { afterEach, describe, expect, it } from 'vitest';
import {
  labelled,
  language,
  languages,
  matchLanguage,
  money,
  nextLanguage,
  num,
  setLanguage,
  t,
  tx,
} from '../../../src/i18n/t.ts';

// Intl separates thousands with a narrow no-break space and puts a no-break space before € in French.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLanguage('fr'));

describe('labels, numbers and money in each language', () => {
  it('joins a label and its value with the language’s own punctuation', () => {
    setLanguage('fr');
    expect(plain(labelled(t('brief.budget'), money(6000)))).toBe('Budget : 6 000 €');
    setLanguage('en');
    expect(labelled(t('brief.budget'), money(6000))).toBe('Budget: €6,000');
  });

  it('writes numbers as the language does', () => {
    setLanguage('fr');
    expect(plain(num(1234.56))).toBe('1 234,6');
    setLanguage('en');
    expect(num(1234.56)).toBe('1,234.6');
  });

  it('shows a text of levels/ in French where it has no translation', () => {
    setLanguage('en');
    expect(tx({ fr: 'Bonjour', en: 'Hello' })).toBe('Hello');
    expect(tx({ fr: 'Bonjour' })).toBe('Bonjour');
  });
});

describe('choosing a language', () => {
  it('cycles the switch over every language shipped, back to the first', () => {
    const ids = languages().map((l) => l.id);
    let at = ids[0] ?? '';
    const seen = [at];
    for (let i = 1; i < ids.length; i++) {
      at = nextLanguage(at);
      seen.push(at);
    }
    expect(seen).toEqual(ids);
    expect(nextLanguage(at)).toBe(ids[0]);
  });

  it('takes the first shipped language a browser asks for, by id or main language, else French', () => {
    expect(matchLanguage(['de-DE', 'en-US', 'fr'])).toBe('en');
    expect(matchLanguage([null, 'FR-ca'])).toBe('fr');
    expect(matchLanguage(['de', 'ja'])).toBe('fr');
  });

  it('stays in French when asked for a language it does not ship', () => {
    setLanguage('xx');
    expect(language()).toBe('fr');
  });
});

describe('words that agree with a number', () => {
  it('writes the singular for 0 and 1 in French and for 1 alone in English', () => {
    setLanguage('fr');
    expect([0, 1, 2].map((n) => t('classDebrief.results', { n }))).toEqual([
      '0 résultat',
      '1 résultat',
      '2 résultats',
    ]);
    expect(t('question.format', { count: 1, name: 'Webinaire' })).toMatch(/^1 élève a choisi/);
    expect(t('question.format', { count: 3, name: 'Webinaire' })).toMatch(/^3 élèves ont choisi/);
    setLanguage('en');
    expect([0, 1, 2].map((n) => t('classDebrief.results', { n }))).toEqual([
      '0 results',
      '1 result',
      '2 results',
    ]);
  });

  it('reads a number already written for display, and agrees each word with its own number', () => {
    setLanguage('fr');
    expect(plain(t('classDebrief.average', { n: num(1.5) }))).toBe('Moyenne : 1,5 étoile sur 3');
    expect(plain(t('classDebrief.average', { n: num(2.5) }))).toBe('Moyenne : 2,5 étoiles sur 3');
    expect(plain(t('classDebrief.starsBar', { n: 1, count: 12 }))).toBe('1 étoile : 12 élèves');
    setLanguage('en');
    expect(t('classDebrief.average', { n: num(1.5) })).toBe('Average: 1.5 stars out of 3');
    expect(t('classDebrief.starsBar', { n: 3, count: 1 })).toBe('3 stars: 1 pupil');
  });
});
