import { describe, expect, it } from 'vitest';
import { englishBreaches, excerpt, frenchBreaches, levelTexts, masked } from './voiceRules.ts';

const NB = '\u00a0';
const rulesOf = (breaches: { rule: string }[]) => breaches.map((b) => b.rule);

describe('the French voice checks', () => {
  it.each([
    `Choisissez votre format${NB}: le public attend${NB}! Vraiment${NB}?!`,
    'Rendez-vous à 10:30 sur https://example.org/page?a=1;b=2 ou www.onisep.fr/x:y',
    `Jingle «${NB}peut mieux faire${NB}» et «${NB}{name}${NB}»`,
    `Le ton du message, dans son ton, un ton neutre${NB}: non, pardon.`,
    'La côte, la tête, cette équipe, tester les tests, une étape, Antoine, le totem.',
    'ingénieur·e, apprenant·es, comédien·ne, chef·fe, développeur·euse, tuteur·rice, formateur·rices',
    'Budget {budget} · {weeks} semaines · {n}/{total}',
    `Un budget de 2${NB}000${NB}€, soit 10${NB}%, pour {n}${NB}%.`,
    'Le brief, un MOOC, un serious game, un webinaire, une séance de test, des retours.',
    'L’équipe s’exerce avant d’être évaluée.',
    `{n} {n|offre vous attend. L’acceptez-vous|offres vous attendent}${NB}?`,
  ])('pass a string that keeps the rules: %s', (text) => {
    expect(frenchBreaches(text)).toEqual([]);
  });

  it.each([
    ["L'équipe", 'straight apostrophe'],
    ['Dites "oui"', 'straight double quote'],
    ['Prêt ?', 'plain space (U+0020) before ?'],
    ['Prêt?', 'no space before ?'],
    ['Note\u202f: rien', 'plain space (U+202F) before :'],
    ['Trop cher ; retirez une carte', 'plain space (U+0020) before ;'],
    ['Bravo !', 'plain space (U+0020) before !'],
    ['« mot »', 'a plain space inside «'],
    ['« mot »', 'a plain space inside »'],
    ['«mot»', 'no space inside «'],
    ['Tu vas jouer', 'tu-register “Tu”'],
    ['Choisis ton format', 'tu-register “ton”'],
    ['Avant de t’inscrire', 'tu-register “t’”'],
    ['Je te le dis', 'tu-register “te”'],
    ['Avec toi', 'tu-register “toi”'],
    ['Ta classe', 'tu-register “Ta”'],
    ['Tes élèves', 'tu-register “Tes”'],
    [`Que dis-tu${NB}?`, 'tu-register “tu”'],
    ['les étudiant·e·s', 'point médian used twice'],
    ['un·e développeur·se', 'point médian ending “·se”'],
    ['les joueur·ses', 'point médian ending “·ses”'],
    ['un·e directeur·trice', 'point médian ending “·trice”'],
    ['un·e ingénieur.e', 'inclusive ending written with . or ( )'],
    ['connecté(e)', 'inclusive ending written with . or ( )'],
    ['un playtest', 'banned word (write test de jeu'],
    ['nos data managers', 'banned word (write gestionnaire(s) de données)'],
    ['les replays', 'banned word (write rediffusion(s))'],
    ['un bon feedback', 'banned word (write retour(s))'],
    ['la deadline', 'banned word (write échéance)'],
    ['2 000 euros', 'plain space between thousands'],
    [`2${NB}000 €`, 'plain space or none before € or %'],
    ['10%', 'plain space or none before € or %'],
    ['{n} élève(s)', 'plural written with (s)'],
    ["{n} {n|offre. L'acceptez-vous|offres}", 'straight apostrophe'],
    ['{n} {n|offre vous attend ?|offres}', 'plain space (U+0020) before ?'],
  ])('flag %s: %s', (text, rule) => {
    expect(rulesOf(frenchBreaches(text)).join(' | ')).toContain(rule);
  });

  it('name the offending part of a long string, with a few words around it', () => {
    const [breach] = frenchBreaches(`Un long texte${NB}: rien à dire ici, mais à la fin tu dois choisir.`);
    expect(breach).toEqual({
      rule: 'tu-register “tu” (address the player as vous)',
      excerpt: '… ici, mais à la fin [tu] dois choisir.',
    });
  });
});

describe('the English voice checks', () => {
  it.each([
    'The client’s need: “Could do better”.',
    'Diana Laurillard, “Teaching as a Design Science” (2012).',
    'Teaching adults is a craft. Acquisition, Inquiry, Practice.',
    'A playtest, a replay and some feedback are fine in English.',
    'Learners take in the facts, then practise.',
  ])('pass a string that keeps the rules: %s', (text) => {
    expect(englishBreaches(text)).toEqual([]);
  });

  it.each([
    ["The client's need", 'straight apostrophe'],
    ['"{code}" refused', 'straight double quote'],
    ['A « could do better » jingle', 'French guillemets in English'],
    ['Take in', 'banned word (write Acquisition'],
    ['No more than 2 “Take in” activities', 'banned word (write Acquisition'],
    ['Teaching', 'banned word (write Pedagogy'],
    ['Skills: Listening, Teaching.', 'banned word (write Pedagogy'],
    ['Teaching level 3', 'banned word (write Pedagogy'],
  ])('flag %s: %s', (text, rule) => {
    expect(rulesOf(englishBreaches(text)).join(' | ')).toContain(rule);
  });
});

describe('the helpers', () => {
  it('blank out URLs and placeholders, keeping the length', () => {
    const text = 'Voir https://a.fr/x?y et {name} ?';
    expect(masked(text)).toBe(`Voir ${'_'.repeat(16)} et ______ ?`);
    expect(masked(text)).toHaveLength(text.length);
  });

  it('keep the two forms of a plural, as the player reads them', () => {
    const text = '{n} {n|élève a|élèves ont} choisi';
    expect(masked(text)).toBe('___ ___élève a_élèves ont_ choisi');
    expect(masked(text)).toHaveLength(text.length);
  });

  it('cut an excerpt around the offending part', () => {
    expect(excerpt('abc', 1, 1)).toBe('a[b]c');
    expect(excerpt('x'.repeat(50), 25, 2)).toBe(`…${'x'.repeat(20)}[xx]${'x'.repeat(20)}…`);
  });

  it('find every French and English text of a level file, new fields included, with its path', () => {
    const json = {
      $schema: '../x.json',
      title: { fr: 'Titre', en: 'Title' },
      budget: 3,
      events: [{ id: 'e1', options: [{ text: { fr: 'Option', en: 'Option', de: 'Wahl' } }] }],
      newField: { deep: [{ fr: 'Seul' }] },
    };
    expect(levelTexts(json)).toEqual([
      { path: '$.title.fr', lang: 'fr', text: 'Titre' },
      { path: '$.title.en', lang: 'en', text: 'Title' },
      { path: '$.events[id=e1].options[0].text.fr', lang: 'fr', text: 'Option' },
      { path: '$.events[id=e1].options[0].text.en', lang: 'en', text: 'Option' },
      { path: '$.newField.deep[0].fr', lang: 'fr', text: 'Seul' },
    ]);
  });
});
