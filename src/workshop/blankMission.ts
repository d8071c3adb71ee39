/**
 * The blank template: the smallest mission that passes the game's check (docs/workshop.md), for a teacher to
 * fill in. One need, three objectives (two observable, one vague), an intro card, a learn card and an assess
 * card for them, and the pilot finding its learn card fixes; no question, constraint, event or fact yet.
 * The words are placeholders to replace, in both languages.
 */
export const BLANK_MISSION = {
  id: 'ma-mission',
  recruiter: 'formation-pro',
  rank: 'stagiaire',
  title: { fr: 'Ma mission', en: 'My mission' },
  client: { fr: 'Le client (une organisation fictive)', en: 'The client (a fictional organisation)' },
  audience: { fr: 'Qui suivra la formation', en: 'Who will take the course' },
  objective: { fr: 'Ce que le client veut obtenir', en: 'What the client wants to achieve' },
  brief: {
    fr: 'La commande du client, en deux à quatre phrases.',
    en: 'The client’s brief, in two to four sentences.',
  },
  budget: 6000,
  weeks: 4,
  learners: 30,
  hours: 6,
  platform: false,
  formats: ['interactive-module', 'webinar', 'blended'],
  maxTools: 2,
  maxTeam: 2,
  maxQuestions: 0,
  questions: [],
  constraints: [],
  needs: [
    {
      tag: 'practice',
      indicator: 'learning',
      weight: 20,
      missing: -5,
      why: { fr: 'On apprend ce métier en s’exerçant.', en: 'This job is learnt by practising it.' },
    },
  ],
  mix: { acquire: 0.3, investigate: 0.1, practise: 0.4, produce: 0.1, discuss: 0.1, collaborate: 0 },
  objectives: [
    { id: 'o-appliquer', text: { fr: 'Appliquer la méthode', en: 'Apply the method' }, observable: true },
    { id: 'o-expliquer', text: { fr: 'Expliquer la méthode', en: 'Explain the method' }, observable: true },
    {
      id: 'o-sensibiliser',
      text: { fr: 'Sensibiliser au sujet', en: 'Raise awareness of the topic' },
      observable: false,
    },
  ],
  deck: [
    {
      id: 'accueil',
      name: { fr: 'Bienvenue', en: 'Welcome' },
      type: 'acquire',
      hours: 1,
      role: 'intro',
      objectives: [],
    },
    {
      id: 'exercice',
      name: { fr: 'Un exercice guidé', en: 'A guided exercise' },
      type: 'practise',
      hours: 3,
      role: 'learn',
      objectives: ['o-appliquer', 'o-expliquer'],
    },
    {
      id: 'evaluation',
      name: { fr: 'Une mise en situation', en: 'A role play' },
      type: 'practise',
      hours: 2,
      role: 'assess',
      objectives: ['o-appliquer', 'o-expliquer'],
    },
  ],
  evaluation: ['quiz'],
  pilot: [
    {
      id: 'pilote-exercice',
      type: 'practise',
      text: { fr: 'Les apprenants du pilote manquent de pratique.', en: 'The pilot learners lack practice.' },
      fix: 'exercice',
    },
  ],
  events: [],
  eventCount: 0,
  express: false,
  facts: [],
  illustrative: true,
};
