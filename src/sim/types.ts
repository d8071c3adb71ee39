/** Shared shapes of the rules. Plain data only: the content layer validates it, the rules read it. */

/** A language's id: the name of its folder in src/i18n/locales/ ('fr', 'en'…). */
export type Lang = string;
/** What a language id looks like: a lowercase BCP 47 tag ('fr', 'en', 'pt-br', 'qps-ploc'). */
export const LANGUAGE_ID = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
/** A content text from levels/: French always, other languages where levels/ has them. */
export type Text = { fr: string; [lang: string]: string | undefined };

/** The four things an evaluation measures, each on a 0–100 scale. */
export const INDICATORS = ['learning', 'satisfaction', 'completion', 'client'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The designer's skills (DESIGN.md): they start from a background and grow with use. */
export const SKILLS = [
  'pedagogy',
  'web',
  'multimedia',
  'lms',
  'project',
  'listening',
  'teamwork',
  'funding',
] as const;
export type Skill = (typeof SKILLS)[number];
export type SkillLevels = Record<Skill, number>;

/** How learners' hours are spent (the six activity types of a learning design). */
export const ACTIVITIES = [
  'acquire',
  'investigate',
  'practise',
  'produce',
  'discuss',
  'collaborate',
] as const;
export type Activity = (typeof ACTIVITIES)[number];
export type Mix = Record<Activity, number>;

/** What a choice brings, as tag → strength (1 is a solid contribution). */
export type Tags = Record<string, number>;

/** Points added to indicators, plus what a decision costs in money and weeks and teaches. */
export interface Effects {
  indicators: Partial<Record<Indicator, number>>;
  cost: number;
  weeks: number;
  xp: Partial<Record<Skill, number>>;
}

export interface Format {
  id: string;
  name: Text;
  description: Text;
  tags: Tags;
  /** Production work the format asks for, in person-weeks. */
  effort: number;
  facts: string[];
}

export interface Tool {
  id: string;
  name: Text;
  description: Text;
  category: string;
  cost: number;
  tags: Tags;
  /** Tags some other choice must bring for this tool to be of any use (a SCORM export needs an LMS). */
  requires: string[];
  /** The skill it takes, and the level below which its strengths are halved unless a team member covers it. */
  skill: { id: Skill; level: number } | null;
  illustrative: boolean;
  facts: string[];
}

export interface Role {
  id: string;
  name: Text;
  description: Text;
  weeklyRate: number;
  /** Person-weeks of production this member adds each week. */
  capacity: number;
  tags: Tags;
  /** Skills this member brings, so tools that need them work at full strength. */
  covers: Skill[];
  illustrative: boolean;
  facts: string[];
}

export interface Recruiter {
  id: string;
  kind: string;
  name: Text;
  description: Text;
  /** The contract types this kind of employer offers. */
  contracts: string[];
  facts: string[];
}

/** One thing the mission's audience or client cares about, and what meeting it is worth. */
export interface Need {
  tag: string;
  indicator: Indicator;
  /** Points at full coverage; negative for something the mission suffers from. */
  weight: number;
  /** Points lost when nothing chosen brings the tag at all (0 or negative). */
  missing: number;
  /** The hidden constraint this need comes from; it counts whether or not the player found it. */
  constraint?: string;
  why: Text;
}

/** A question the player may ask the stakeholders in the analysis phase. */
export interface Question {
  id: string;
  text: Text;
  answer: Text;
  /** The hidden constraint it brings to light, if any. */
  reveals: string | null;
  /** Listening level needed to hear it; below, the answer stays vague. */
  listening: number;
  /** What the vague answer says. */
  vague: Text;
}

export interface Constraint {
  id: string;
  name: Text;
}

/** A step of the storyboard; the right order is by increasing stage. */
export interface Sequence {
  id: string;
  name: Text;
  stage: number;
}

export interface Mission {
  id: string;
  recruiter: string;
  /** Lowest rank at which this mission is offered. */
  rank: string;
  title: Text;
  client: Text;
  audience: Text;
  objective: Text;
  brief: Text;
  budget: number;
  weeks: number;
  learners: number;
  /** Hours of learning to spread over the six activities. */
  hours: number;
  formats: string[];
  maxTools: number;
  maxTeam: number;
  maxQuestions: number;
  questions: Question[];
  constraints: Constraint[];
  needs: Need[];
  /** The spread of hours this audience and objective call for (shares summing to 1). */
  mix: Mix;
  sequences: Sequence[];
  /** Production events this mission can draw from, and how many are drawn. */
  events: string[];
  eventCount: number;
  /** True for the short kiosk missions: three big decisions only. */
  express: boolean;
  facts: string[];
  illustrative: boolean;
}

export interface EventOption {
  id: string;
  text: Text;
  /** What follows, shown after the choice. */
  outcome: Text;
  effects: Effects;
  /** Offered only with this skill level, or with a team member covering it. */
  needs: { skill: Skill; level: number } | null;
}

/** Something that happens during production weeks or the live phase, with two or three ways to react. */
export interface GameEvent {
  id: string;
  title: Text;
  text: Text;
  options: EventOption[];
  facts: string[];
}

/** The live moment of a format: a short series of decisions (the webinar's chat, the MOOC's forum…). */
export interface FeedLine {
  /** A first name: the avatar is drawn from it. */
  who: string;
  text: Text;
}

export interface LiveMoment {
  format: string;
  title: Text;
  feedTitle: Text;
  /** The live stream shown while the moment runs (flavour: the rules never read it). */
  feed: FeedLine[];
  steps: GameEvent[];
}

export interface Background {
  id: string;
  name: Text;
  description: Text;
  skills: SkillLevels;
  facts: string[];
}

export interface Rank {
  id: string;
  name: Text;
  /** Reputation needed to reach it. */
  reputation: number;
  /** Net monthly pay in euros; null where the source gives none and the game shows none. */
  salary: number | null;
  illustrative: boolean;
  facts: string[];
}

export interface Contract {
  id: string;
  name: Text;
  /** A word or two, where space is short (the end-of-career timeline). */
  short: Text;
  description: Text;
  facts: string[];
}

export interface Fact {
  id: string;
  title: Text;
  text: Text;
  dated: boolean;
}

export interface QuizQuestion {
  id: string;
  question: Text;
  options: Text[];
  /** Index of the right option. */
  answer: number;
  fact: string;
}

/** What a real route into the job is about: studies, finding offers, or pay and prospects. */
export const ROUTE_KINDS = ['study', 'job-search', 'pay'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** A real route into the job, shown at the end of a career, with the facts it teaches. */
export interface Route {
  id: string;
  kind: RouteKind;
  title: Text;
  text: Text;
  facts: string[];
}

export interface Rules {
  /** Every indicator starts here before choices add or remove points. */
  baseline: Record<Indicator, number>;
  /** How much of a need one unit of strength covers; more units give diminishing returns. */
  firstUnitShare: number;
  weights: Record<Indicator, number>;
  /** Final score needed for 1, 2 and 3 stars. */
  starThresholds: [number, number, number];
  /** Person-weeks the player produces each week on their own. */
  playerCapacity: number;
  /** Extra person-weeks a week for each level of project management. */
  capacityPerProjectLevel: number;
  /** Client points lost for each week of delay. */
  latePenaltyPerWeek: number;
  /** Client points lost for each tenth of the budget spent beyond it. */
  overrunPenaltyPerTenth: number;
  /** Largest random swing of learner satisfaction, in points. */
  satisfactionNoise: number;
  /** Client points for each hidden constraint the player brought to light. */
  revealBonus: number;
  /** Learning points at a perfect spread of hours (a spread as far as can be loses as many). */
  mixWeight: number;
  /** Learning points for a storyboard in the right order (reversed loses as many). */
  storyboardWeight: number;
  /** Extra share of mix and storyboard points for each level of pedagogy. */
  pedagogyBonusPerLevel: number;
  /** Experience needed for each skill level after the first (cumulative). */
  skillLevels: number[];
  /** Reputation for each star of a mission. */
  reputationPerStar: number;
  /** Missions in a full career. */
  careerLength: number;
  /** Job offers shown at a time. */
  offers: number;
  /** Questions in the end-of-career quiz. */
  quizLength: number;
}

export interface Playlists {
  career: string[];
  classroom: string[];
  kiosk: string[];
}

export interface Catalogue {
  formats: Record<string, Format>;
  tools: Record<string, Tool>;
  roles: Record<string, Role>;
  recruiters: Record<string, Recruiter>;
  missions: Record<string, Mission>;
  events: Record<string, GameEvent>;
  live: Record<string, LiveMoment>;
  backgrounds: Record<string, Background>;
  ranks: Rank[];
  contracts: Record<string, Contract>;
  facts: Record<string, Fact>;
  quiz: QuizQuestion[];
  routes: Route[];
  playlists: Playlists;
  rules: Rules;
}
