import './tools.css';
import { draftCatalogue } from '../content/draftCatalogue.ts';
import type { LevelFile } from '../content/validate.ts';
import { language, listed, num, type StringKey, t } from '../i18n/t.ts';
import type { BalanceVerdict } from '../sim/balanceVerdict.ts';
import type { BalanceReply, BalanceRequest } from './balanceWorker.ts';
import { button, el, freshId } from './dom.ts';

/** The fixed recipes of the bots (src/sim/strategies.ts, storyboards.ts) in the player's words. */
const RECIPE_WORDS: Record<string, StringKey> = {
  'recipe:mooc-forum': 'workshop.balance.recipe.moocForum',
  'recipe:serious-game': 'workshop.balance.recipe.seriousGame',
  'recipe:module-scorm': 'workshop.balance.recipe.moduleScorm',
  'recipe:webinar-live': 'workshop.balance.recipe.webinarLive',
  'recipe:video-first': 'workshop.balance.recipe.videoFirst',
  'recipe:cheap-web': 'workshop.balance.recipe.cheapWeb',
  'storyboard:whole-deck': 'workshop.balance.storyboard.wholeDeck',
  'storyboard:by-type': 'workshop.balance.storyboard.byType',
  'storyboard:template': 'workshop.balance.storyboard.template',
  'storyboard:short-first': 'workshop.balance.storyboard.shortFirst',
};

/** A recipe's name, or its id where it has none yet. */
const recipeName = (strategy: string): string => {
  const key = RECIPE_WORDS[strategy];
  return key ? t(key) : strategy;
};

const decimal = (n: number) => new Intl.NumberFormat(language(), { maximumFractionDigits: 2 }).format(n);

export interface BalancePanel {
  readonly element: HTMLElement;
  /** The draft as it is now and its number of problems (the test runs on a valid draft only); draws anew. */
  update(text: string, problems: number): void;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'running'; done: number }
  | { kind: 'verdict'; verdict: BalanceVerdict; ms: number }
  | { kind: 'failed'; reason: string };

/**
 * The balance test of a draft: the bots of `npm run balance` play it in a worker, and the panel says whether
 * three stars are reachable, whether a fixed recipe wins it and how random play does. Its verdict is marked
 * out of date as soon as the draft changes. It plays the draft among the level `files`, as the check places it.
 */
export function balancePanel(files: readonly LevelFile[]): BalancePanel {
  let text = '';
  let problems = 0;
  let testedText: string | null = null;
  let outcome: Outcome = { kind: 'none' };
  let said = -1;

  const headingId = freshId('ws-balance-h');
  const noteId = freshId('ws-balance-note');
  const heading = el('h3', { id: headingId });
  const help = el('p', { className: 'ws-help' });
  const run = button('', () => start(), undefined, 'ws-button ws-primary');
  run.setAttribute('aria-describedby', noteId);
  const note = el('p', { id: noteId, className: 'ws-help' });
  const bar = el('progress', { max: 100, value: 0, hidden: true });
  /** Progress, then the verdict: one live region, rewritten only when what it says changes. */
  const status = el('div', { className: 'ws-balance-status', role: 'status' });
  let shown = '';
  const element = el('section', { className: 'ws-balance', 'aria-labelledby': headingId }, [
    heading,
    help,
    run,
    note,
    bar,
    status,
  ]);

  function start(): void {
    if (run.getAttribute('aria-disabled') === 'true') return;
    const built = draftCatalogue(files, text);
    if (!built) {
      finish({ kind: 'failed', reason: 'catalogue' });
      return;
    }
    testedText = text;
    outcome = { kind: 'running', done: 0 };
    said = -1;
    draw();
    const began = performance.now();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./balanceWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      finish({ kind: 'failed', reason: (error as Error).message });
      return;
    }
    worker.onmessage = (e: MessageEvent<BalanceReply>) => {
      const reply = e.data;
      if (reply.kind === 'progress') {
        outcome = { kind: 'running', done: reply.done };
        draw();
        return;
      }
      worker.terminate();
      finish(
        reply.kind === 'verdict'
          ? { kind: 'verdict', verdict: reply.verdict, ms: performance.now() - began }
          : { kind: 'failed', reason: reply.message },
      );
    };
    worker.onerror = (e) => {
      worker.terminate();
      finish({ kind: 'failed', reason: e.message || 'worker' });
    };
    worker.postMessage({ catalogue: built.catalogue, missionId: built.missionId } satisfies BalanceRequest);
  }

  function finish(next: Outcome): void {
    outcome = next;
    draw();
  }

  /** The verdict's lines, in words. */
  function verdictLines(v: BalanceVerdict, ms: number): string[] {
    const score = num(v.bestScore);
    const wins = v.recipeWins.map(recipeName);
    return [
      v.threeStars
        ? t('workshop.balance.threeStars', { score })
        : t('workshop.balance.notThreeStars', { stars: v.bestStars, score }),
      wins.length === 0
        ? t('workshop.balance.noRecipe')
        : wins.length === 1
          ? t('workshop.balance.recipeWins', { recipe: wins[0] ?? '' })
          : t('workshop.balance.recipesWin', { recipes: listed(wins) }),
      t(v.randomMeanStars < 1 ? 'workshop.balance.random' : 'workshop.balance.randomHigh', {
        mean: decimal(v.randomMeanStars),
      }),
      t('workshop.balance.done', { games: v.games, seconds: num(ms / 1000) }),
    ];
  }

  function draw(): void {
    const running = outcome.kind === 'running';
    const blocked = problems > 0;
    heading.textContent = t('workshop.balance.heading');
    help.textContent = t('workshop.balance.help');
    run.textContent = t('workshop.balance.run');
    run.setAttribute('aria-disabled', String(running || blocked));
    note.textContent = running ? t('workshop.balance.busy') : blocked ? t('workshop.balance.blocked') : '';
    note.hidden = note.textContent === '';
    bar.hidden = !running;
    bar.setAttribute('aria-label', t('workshop.balance.progress'));
    const stale = testedText !== null && testedText !== text;
    element.dataset.balanceState = outcome.kind;
    mark(outcome.kind === 'verdict' ? outcome : null, stale);
    if (outcome.kind === 'running') {
      const percent = Math.round(outcome.done * 100);
      bar.value = percent;
      // The live region speaks at each quarter, not at every step.
      const quarter = Math.floor(percent / 25) * 25;
      if (quarter !== said) {
        said = quarter;
        say([], [t('workshop.balance.running', { percent: quarter })], false);
      }
      return;
    }
    const lines =
      outcome.kind === 'verdict'
        ? verdictLines(outcome.verdict, outcome.ms)
        : outcome.kind === 'failed'
          ? [t('workshop.balance.failed', { reason: outcome.reason })]
          : [];
    say(stale ? [t('workshop.balance.stale')] : [], lines, stale || outcome.kind === 'failed');
  }

  /** The verdict on the panel's data-balance-* attributes, for tests and tools; none while a test runs. */
  function mark(done: { verdict: BalanceVerdict; ms: number } | null, stale: boolean): void {
    const d = element.dataset;
    d.balanceVerdict = done ? (stale ? 'stale' : 'fresh') : 'none';
    if (!done) {
      for (const k of ['balanceThreeStars', 'balanceRecipeWins', 'balanceRandomMean', 'balanceMs'])
        delete d[k];
      return;
    }
    const v = done.verdict;
    d.balanceThreeStars = v.threeStars ? 'yes' : 'no';
    d.balanceRecipeWins = v.recipeWins.length > 0 ? v.recipeWins.join(' ') : 'none';
    d.balanceRandomMean = v.randomMeanStars.toFixed(2);
    d.balanceMs = String(Math.round(done.ms));
  }

  /** Puts a warning line and a list of lines in the live region, if they are not what it holds already. */
  function say(warning: string[], lines: string[], bad: boolean): void {
    const next = [...warning, ...lines].join('\n');
    if (next === shown) return;
    shown = next;
    status.classList.toggle('ws-stale', warning.length > 0);
    status.replaceChildren(
      ...warning.map((w) => el('p', { className: 'ws-bad', text: w })),
      lines.length > 1
        ? el(
            'ul',
            {},
            lines.map((line) => el('li', { text: line })),
          )
        : el('p', { className: bad ? 'ws-bad' : '', text: lines[0] ?? '' }),
    );
  }

  draw();
  return {
    element,
    update(nextText, nextProblems) {
      text = nextText;
      problems = nextProblems;
      draw();
    },
  };
}
