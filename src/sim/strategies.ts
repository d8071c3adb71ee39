import type { Catalogue, GameEvent, Mission } from '../content/types.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { type BotPlan, botSkills, playPlan } from './bot.ts';
import { planFits } from './budget.ts';
import { nextRandom } from './rng.ts';
import type { MissionRun } from './run.ts';
import { sensibleStoryboard } from './storyboards.ts';

export type Strategy = (mission: Mission, seed: number, cat: Catalogue) => MissionRun | null;

/** A small seeded source of randomness for the bots (separate from the game's own generator). */
function randomSource(seed: number) {
  let state = seed | 0;
  const next = () => {
    const d = nextRandom(state);
    state = d.state;
    return d.value;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    shuffle: <T>(xs: readonly T[]) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

/** The most hours a format holds (none chosen: no limit). */
const maxHoursOf = (format: string, cat: Catalogue) =>
  cat.formats[format]?.maxHours ?? Number.POSITIVE_INFINITY;

/** The objectives a player takes without thinking: the first ones listed. */
const firstObjectives = (m: Mission, cat: Catalogue) =>
  m.objectives.slice(0, cat.rules.objectivePicks).map((o) => o.id);

/** The option that adds most to the indicators right away (what a player sees when choosing). */
function bestVisible(event: GameEvent, open: string[]): string {
  const value = (id: string) => {
    const e = event.options.find((o) => o.id === id)?.effects;
    return (
      INDICATORS.reduce((s, k) => s + (e?.indicators[k] ?? 0), 0) - (e?.cost ?? 0) / 200 - (e?.weeks ?? 0) * 5
    );
  };
  return [...open].sort((a, b) => value(b) - value(a))[0] ?? (open[0] as string);
}

function fill(
  list: readonly string[],
  kind: 'tools' | 'team',
  plan: BotPlan,
  m: Mission,
  cat: Catalogue,
  limit = Infinity,
): string[] {
  const chosen: string[] = [];
  for (const id of list) {
    if (chosen.length >= limit) break;
    const next = { ...plan, [kind]: [...chosen, id] };
    if (planFits(next, m, cat)) chosen.push(id);
  }
  return chosen;
}

export const randomPlay =
  (botSeed: number): Strategy =>
  (m, seed, cat) => {
    const r = randomSource(botSeed ^ seed);
    const format = m.formats[r.int(m.formats.length)] as string;
    const cards = r.shuffle(m.deck).slice(0, 2 + r.int(m.deck.length - 1));
    const order: string[] = [];
    let hours = 0;
    for (const c of cards) {
      if (hours + c.hours > maxHoursOf(format, cat)) continue;
      order.push(c.id);
      hours += c.hours;
    }
    const methods = r.shuffle(Object.keys(cat.evaluations));
    const plan: BotPlan = {
      asked: r.shuffle(m.questions.map((q) => q.id)).slice(0, r.int(m.maxQuestions + 1)),
      objectives: r.shuffle(m.objectives.map((o) => o.id)).slice(0, cat.rules.objectivePicks),
      format,
      order,
      evaluation: methods.slice(0, 1 + r.int(cat.rules.evaluationPicks)),
      tools: [],
      team: [],
      revise: r.next() < 0.5,
      pick: (_, open) => open[r.int(open.length)] as string,
    };
    plan.tools = fill(r.shuffle(Object.keys(cat.tools)), 'tools', plan, m, cat, 1 + r.int(m.maxTools));
    plan.team = fill(r.shuffle(Object.keys(cat.roles)), 'team', plan, m, cat, r.int(m.maxTeam + 1));
    return playPlan(m.id, seed, botSkills(m, cat), plan, cat);
  };

/** A recipe applied whatever the mission: the first allowed format of a list, the same tools and team. */
export interface Recipe {
  id: string;
  formats: string[];
  tools: string[];
  team: string[];
}

export const RECIPES: Recipe[] = [
  {
    id: 'mooc-forum',
    formats: ['mooc', 'blended'],
    tools: ['plateforme-mooc', 'forum', 'lms'],
    team: ['community-manager', 'tuteur'],
  },
  {
    id: 'serious-game',
    formats: ['serious-game', 'interactive-module'],
    tools: ['moteur-jeu', 'suite-graphique', 'outil-auteur'],
    team: ['game-designer', 'developpeur'],
  },
  {
    id: 'module-scorm',
    formats: ['interactive-module', 'blended'],
    tools: ['outil-auteur', 'lms', 'export-scorm', 'outil-quiz'],
    team: ['expert-metier', 'integrateur-lms'],
  },
  {
    id: 'webinar-live',
    formats: ['webinar', 'blended'],
    tools: ['plateforme-webinaire', 'outil-sondage', 'visioconference'],
    team: ['expert-metier', 'community-manager'],
  },
  {
    id: 'video-first',
    formats: ['mooc', 'interactive-module', 'webinar'],
    tools: ['montage-video', 'outil-animation', 'lms'],
    team: ['videaste', 'graphiste'],
  },
  {
    id: 'cheap-web',
    formats: ['interactive-module', 'blended', 'mooc'],
    tools: ['editeur-html-css', 'editeur-responsive', 'outil-quiz'],
    team: ['developpeur'],
  },
];

/**
 * Throws on an id of the recipe the catalogue lacks: a renamed tool would otherwise drop out of the recipe
 * and the balance tests would pass without playing it.
 */
export function checkRecipe(recipe: Recipe, cat: Catalogue): void {
  const lists = [
    ['format', recipe.formats, cat.formats],
    ['tool', recipe.tools, cat.tools],
    ['team role', recipe.team, cat.roles],
  ] as const;
  for (const [what, ids, known] of lists) {
    for (const id of ids) {
      if (!Object.hasOwn(known, id))
        throw new Error(`Recipe "${recipe.id}" names an unknown ${what} "${id}".`);
    }
  }
}

export const recipePlay =
  (recipe: Recipe): Strategy =>
  (m, seed, cat) => {
    checkRecipe(recipe, cat);
    const format = recipe.formats.find((f) => m.formats.includes(f)) ?? (m.formats[0] as string);
    const objectives = firstObjectives(m, cat);
    const plan: BotPlan = {
      asked: [],
      objectives,
      format,
      order: sensibleStoryboard(m, objectives, maxHoursOf(format, cat)),
      evaluation: ['quiz'],
      tools: [],
      team: [],
      revise: true,
      pick: bestVisible,
    };
    plan.tools = fill(recipe.tools, 'tools', plan, m, cat, m.maxTools);
    plan.team = fill(recipe.team, 'team', plan, m, cat, m.maxTeam);
    if (plan.tools.length === 0) plan.tools = fill(Object.keys(cat.tools), 'tools', plan, m, cat, 1);
    return playPlan(m.id, seed, botSkills(m, cat), plan, cat);
  };

export { bestVisible, fill, firstObjectives, maxHoursOf, randomSource };
