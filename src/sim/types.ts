/** Shared shapes of the rules. Plain data only: the content layer validates it, the rules read it. */

export type Lang = 'fr' | 'en';
export type Text = Record<Lang, string>;

/** The four things an evaluation measures, each on a 0–100 scale. */
export const INDICATORS = ['learning', 'satisfaction', 'completion', 'client'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** What a choice brings, as tag → strength (1 is a solid contribution). */
export type Tags = Record<string, number>;

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
  illustrative: boolean;
  facts: string[];
}

export interface Recruiter {
  id: string;
  kind: string;
  name: Text;
  description: Text;
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
  why: Text;
}

export interface Mission {
  id: string;
  recruiter: string;
  title: Text;
  client: Text;
  audience: Text;
  objective: Text;
  brief: Text;
  budget: number;
  weeks: number;
  learners: number;
  formats: string[];
  maxTools: number;
  maxTeam: number;
  needs: Need[];
  facts: string[];
  illustrative: boolean;
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
  /** Client points lost for each week of delay. */
  latePenaltyPerWeek: number;
  /** Largest random swing of learner satisfaction, in points. */
  satisfactionNoise: number;
}

export interface Fact {
  id: string;
  title: Text;
  text: Text;
  dated: boolean;
}

export interface Catalogue {
  formats: Record<string, Format>;
  tools: Record<string, Tool>;
  roles: Record<string, Role>;
  recruiters: Record<string, Recruiter>;
  missions: Record<string, Mission>;
  facts: Record<string, Fact>;
  /** Mission ids in the order the career plays them. */
  career: string[];
  rules: Rules;
}
