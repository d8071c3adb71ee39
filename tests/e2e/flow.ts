import type { Page } from 'playwright-core';
import {
  activateByKeyboard,
  clickByPointer,
  nextFrames,
  present,
  type Target,
  waitForScene,
} from './browser.ts';
import { scaled, until } from './timing.ts';

/** How a test acts on a control: by keyboard (Tab then Enter) or with a pointer click. */
export type Act = (page: Page, target: RegExp | Target) => Promise<void>;

/** Called on each screen of a mission as it comes, to look at it (screenshots, accessibility checks). */
export type Visit = (name: string) => Promise<void>;

const noVisit: Visit = async () => {};

/**
 * How a control's French name (as the plans below write it) reads in the language played: as is in French;
 * the pseudo-locale test turns it into a pattern that also finds the accented, padded version.
 */
export type Say = (name: RegExp) => RegExp;

const asIs: Say = (name) => name;

function saying(say: Say, target: RegExp | Target): Target {
  const t = target instanceof RegExp ? { name: target } : target;
  return t.name ? { ...t, name: say(t.name) } : t;
}

/** Reads the current scene key. */
export const sceneOf = (page: Page) => page.evaluate(() => document.body.dataset.scene ?? '');

/** Waits until the scene is no longer `from` (a choice moved the game on). */
export async function leave(page: Page, from: string): Promise<string> {
  await page.waitForFunction((s) => document.body.dataset.scene !== s, from, { timeout: scaled(20_000) });
  return sceneOf(page);
}

/**
 * Picks a tool or team member by name, turning the grids' pages until it shows; where tools and team are
 * tabs (a smaller screen), opening the team's tab once the tools' pages are done.
 */
async function pickOnSomePage(page: Page, act: Act, name: RegExp): Promise<void> {
  for (const kind of ['tool', 'tool', 'tool', 'role', 'role']) {
    if (await present(page, { name })) return act(page, name);
    const tab = { key: new RegExp(`^develop-tab-${kind}$`) };
    if (kind === 'role' && (await present(page, tab)) && !(await present(page, { key: /^next-role$/ }))) {
      await act(page, tab);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      if (await present(page, { name })) return act(page, name);
    }
    await act(page, { key: new RegExp(`^next-${kind}$`) });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  if (await present(page, { name })) return act(page, name);
  throw new Error(`${name} is on no page of the tools or the team.`);
}

/** Marks the screen's heading, so that `redrawn` can tell the screen drawn anew (a restart makes a new one). */
const markHeading = (page: Page) =>
  page.evaluate(() => {
    const h1 = document.querySelector<HTMLElement>('#ui-layer h1');
    if (h1) h1.dataset.old = 'yes';
  });

/** Waits until the screen marked by `markHeading` is drawn anew, or the game has left `scene`. */
const redrawn = (page: Page, scene: string) =>
  until(
    `the ${scene} screen drawn anew after the choice`,
    () =>
      page.evaluate(() => ({
        scene: document.body.dataset.scene,
        fresh: !document.querySelector<HTMLElement>('#ui-layer h1')?.dataset.old,
      })),
    (now) => now.scene !== scene || now.fresh,
  );

/**
 * Answers the pending events or live steps one by one (first open option), then moves on. Each choice and
 * each "Continuer" restarts the scene: the next control is looked for on the screen drawn anew.
 */
async function answerAll(
  page: Page,
  act: Act,
  scene: string,
  moveOn: RegExp,
  visit: Visit,
  say: Say,
): Promise<void> {
  const next = saying(say, { name: moveOn, enabled: true });
  const carryOn = saying(say, { name: /^Continuer/, enabled: true });
  for (let i = 0; i < 12; i++) {
    if (i < 2) await visit(`${scene}-${i + 1}`);
    if (await present(page, next)) {
      await act(page, next);
      await leave(page, scene);
      return;
    }
    await markHeading(page);
    if (await present(page, carryOn)) {
      await act(page, carryOn);
    } else {
      await act(page, { key: /^option-/, enabled: true });
    }
    await redrawn(page, scene);
  }
  throw new Error(`Could not finish the ${scene} phase.`);
}

export interface MissionPlan {
  format: RegExp;
  /** Ids of the objectives to pick, of the activity cards in storyboard order, of the evaluation methods. */
  objectives: string[];
  cards: string[];
  evaluation: string[];
  picks: RegExp[];
}

/** Adds a card to the storyboard by its id, turning the deck's pages (or opening its tab) until it shows. */
async function addCard(page: Page, act: Act, id: string): Promise<void> {
  const card = { key: new RegExp(`^card-${id}$`) };
  await reveal(page, act, 'deck', card);
  await act(page, card);
  // The storyboard redraws with the card: wait for it to leave the deck, so the next key goes to the new screen.
  await page.waitForFunction((k) => !document.querySelector(`[data-key="card-${k}"]`), id, {
    timeout: scaled(10_000),
  });
  await nextFrames(page);
}

/**
 * Plays the mission now on screen (from its brief) to the results, making sensible choices: one
 * question, the objectives, the format named, a storyboard of cards, the evaluation, tools and team by name.
 * By keyboard unless told otherwise; `visit` sees each screen on the way; `say` reads the names in the
 * language played.
 */
export async function playMission(
  page: Page,
  plan: MissionPlan,
  actAsIs: Act = activateByKeyboard,
  visit: Visit = noVisit,
  say: Say = asIs,
): Promise<void> {
  const act: Act = (p, target) => actAsIs(p, saying(say, target));
  const shows = (target: Target) => present(page, saying(say, target));
  await waitForScene(page, 'brief');
  await visit('brief');
  if (await present(page, { key: /^question-/, enabled: true })) {
    await act(page, { key: /^question-/, enabled: true });
    // The brief redraws with the answer: wait for it, so the next key goes to the new screen.
    await page.waitForFunction(() => document.querySelector('[data-key^="question-"][aria-pressed="true"]'));
  }
  if (await shows({ name: /^Choisir les objectifs/ })) {
    await act(page, /^Choisir les objectifs/);
    await page.waitForFunction(() => document.querySelector('[data-key^="objective-"]'), undefined, {
      timeout: scaled(10_000),
    });
    await visit('brief-objectives');
    for (const id of plan.objectives) {
      await act(page, { key: new RegExp(`^objective-${id}$`) });
      await page.waitForFunction(
        (k) => document.querySelector(`[data-key="objective-${k}"]`)?.getAttribute('aria-pressed') === 'true',
        id,
        { timeout: scaled(10_000) },
      );
    }
    await act(page, { name: /^Valider les objectifs/, enabled: true });
  } else await act(page, /^Concevoir le dispositif/);
  await waitForScene(page, 'design');
  await visit('design-format');
  await act(page, plan.format);
  await nextFrames(page);
  if (await shows({ name: /^Passer à la production/, enabled: true })) {
    // An express mission (the kiosk's) has its storyboard and evaluation written for it.
    await act(page, { name: /^Passer à la production/, enabled: true });
  } else {
    await act(page, { name: /^Continuer/, enabled: true });
    await page.waitForFunction(() => document.querySelector('[data-key^="card-"]'), undefined, {
      timeout: scaled(10_000),
    });
    await visit('design-deck');
    // The last card first, then moved into place: the storyboard's arrows are played too.
    const [last, ...rest] = [...plan.cards].reverse();
    if (last) await addCard(page, act, last);
    for (const id of rest.reverse()) await addCard(page, act, id);
    if (last) await moveIntoPlace(page, act, last, plan.cards.length - 1);
    await visit('design-storyboard');
    await act(page, { name: /^Continuer/, enabled: true });
    await page.waitForFunction(() => document.querySelector('[data-key^="evaluation-"]'), undefined, {
      timeout: scaled(10_000),
    });
    for (const id of plan.evaluation) {
      await act(page, { key: new RegExp(`^evaluation-${id}$`) });
      await page.waitForFunction(
        (k) =>
          document.querySelector(`[data-key="evaluation-${k}"]`)?.getAttribute('aria-pressed') === 'true',
        id,
        { timeout: scaled(10_000) },
      );
    }
    await visit('design-evaluation');
    await act(page, { name: /^Passer à la production/, enabled: true });
  }
  await waitForScene(page, 'develop');
  for (const pick of plan.picks) {
    await pickOnSomePage(page, act, pick);
    // The plan takes it (within its budget and limits): the card shows as chosen.
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('#ui-layer button')].some(
          (b) => new RegExp(name).test(b.textContent ?? '') && b.getAttribute('aria-pressed') === 'true',
        ),
      say(pick).source,
      { timeout: scaled(10_000) },
    );
  }
  await visit('develop');
  await act(page, /^Lancer la production/);
  await waitForScene(page, 'production');
  await answerAll(page, actAsIs, 'production', /^Passer à la mise en œuvre/, visit, say);
  await waitForScene(page, 'implement');
  await answerAll(page, actAsIs, 'implement', /^Voir les résultats/, visit, say);
  await waitForScene(page, 'results');
  await visit('results');
  // The design's review, on its own tab where the mission had a design to review, when the screens are
  // being looked at; then back to the results.
  if (visit !== noVisit && (await present(page, { key: /^design-tab$/ }))) {
    await act(page, { key: /^design-tab$/ });
    await page.waitForFunction(
      () => document.querySelector('[data-key="design-tab"]')?.getAttribute('aria-pressed') === 'true',
      undefined,
      { timeout: scaled(10_000) },
    );
    await visit('results-design');
    await act(page, { key: /^results-tab$/ });
    await page.waitForFunction(
      () => document.querySelector('[data-key="results-tab"]')?.getAttribute('aria-pressed') === 'true',
      undefined,
      { timeout: scaled(10_000) },
    );
  }
}

/** The keyboard-only run the first tests were written with. */
export const playMissionByKeyboard = (page: Page, plan: MissionPlan) => playMission(page, plan);

export const clickThrough: Act = clickByPointer;

/**
 * Shows a control of the deck's or the storyboard's list: opens the list's tab where they are tabs, then turns
 * its pages (forward, then back: they do not wrap) until the control is on screen.
 */
async function reveal(page: Page, act: Act, list: 'deck' | 'story', control: Target): Promise<void> {
  let forward = true;
  for (let turn = 0; turn < 10; turn++) {
    if (await present(page, control)) return;
    const tab = { key: new RegExp(`^deck-tab-${list}$`) };
    const tabClosed = await page.evaluate(
      (k) => document.querySelector(`[data-key="deck-tab-${k}"]`)?.getAttribute('aria-pressed') === 'false',
      list,
    );
    if ((await present(page, tab)) && tabClosed) {
      await act(page, tab);
      await nextFrames(page);
      continue;
    }
    if (forward && !(await present(page, { key: new RegExp(`^${list}-next$`), enabled: true })))
      forward = false;
    const turnPage = { key: new RegExp(`^${list}-${forward ? 'next' : 'prev'}$`), enabled: true };
    if (!(await present(page, turnPage))) break;
    await act(page, turnPage);
    await nextFrames(page);
  }
  throw new Error(`${control.key ?? control.name} is on no page of the ${list}.`);
}

/** Moves the card added first (at the top) down to `to` with its arrow, waiting for each move to show. */
async function moveIntoPlace(page: Page, act: Act, id: string, to: number): Promise<void> {
  const order = () =>
    page.evaluate(() =>
      (
        window as unknown as { pedago: { store: { getState(): { run: { order: string[] | null } | null } } } }
      ).pedago.store
        .getState()
        .run?.order?.join(','),
    );
  for (let at = 0; at < to; at++) {
    const before = await order();
    const down = { key: new RegExp(`^down-${id}$`), enabled: true };
    await reveal(page, act, 'story', down);
    await act(page, down);
    await page.waitForFunction(
      (was) =>
        (
          window as unknown as {
            pedago: { store: { getState(): { run: { order: string[] | null } | null } } };
          }
        ).pedago.store
          .getState()
          .run?.order?.join(',') !== was,
      before,
      { timeout: scaled(10_000) },
    );
    await nextFrames(page);
  }
}

/** A module for the warehouse, its storyboard short of exchange: the pilot finds it, and the plan revises. */
export const WAREHOUSE_PLAN: MissionPlan = {
  format: /^Module interactif/,
  objectives: ['o-regles', 'o-risques'],
  cards: ['accueil', 'regles-pictos', 'allee-a-risques', 'commande-essai', 'mise-en-situation'],
  evaluation: ['observation'],
  picks: [/^Outil auteur/, /^Plateforme LMS/, /^Expert/],
};

/** A serious game for the warehouse: what the brief's hidden constraints call for. */
export const WAREHOUSE_GAME_PLAN: MissionPlan = {
  format: /^Serious game/,
  objectives: ['o-regles', 'o-risques'],
  cards: [
    'accueil',
    'regles-pictos',
    'recit-ancien',
    'allee-a-risques',
    'commande-essai',
    'mise-en-situation',
  ],
  evaluation: ['observation'],
  picks: [/^Suite graphique/, /^Export SCORM/, /^Expert·e métier/, /^Développeur·euse/],
};

/** The back-to-school webinar for new students. */
export const WEBINAR_PLAN: MissionPlan = {
  format: /^Webinaire/,
  objectives: ['o-ent', 'o-cours'],
  cards: [
    'bienvenue',
    'ent-cinq-clics',
    'questions-direct',
    'chasse-bu',
    'cours-pas-a-pas',
    'defi-trois-taches',
  ],
  evaluation: ['survey'],
  picks: [/^Éditeur web adaptatif/, /^Suite graphique/, /^Référent·e accessibilité/],
};

/** The revision quiz of an online-course platform (an express mission: no storyboard to build). */
export const QUIZ_PLAN: MissionPlan = {
  format: /^Module interactif/,
  objectives: [],
  cards: [],
  evaluation: [],
  picks: [/^Éditeur web adaptatif/, /^Outil de quiz/, /^Développeur·euse/],
};

/** The sorting game for primary pupils (an express mission). */
export const SORTING_PLAN: MissionPlan = {
  format: /^Serious game/,
  objectives: [],
  cards: [],
  evaluation: [],
  picks: [/^Suite graphique/, /^Expert·e métier/],
};

/**
 * The missions open to an intern, by preference; a career plays the first one on offer each time (once
 * promoted, the job board keeps one place for an intern's mission left unplayed). Three of them earn the
 * junior post.
 */
export const CAREER: [RegExp, MissionPlan][] = [
  [/^Sécurité en entrepôt/, WAREHOUSE_GAME_PLAN],
  [/^Rentrée numérique/, WEBINAR_PLAN],
  [/^Quiz de révision/, QUIZ_PLAN],
  [/^Le tri, c’est du jeu/, SORTING_PLAN],
];

/** How many missions `playCareer` plays. */
export const CAREER_MISSIONS = 3;

/** The first mission of `CAREER` not yet played that the job board shows. */
async function firstOffered(page: Page, say: Say, played: Set<RegExp>): Promise<[RegExp, MissionPlan]> {
  const names = await until(
    'the job board’s offers',
    () =>
      page.evaluate(() => [...document.querySelectorAll('#ui-layer button')].map((b) => b.textContent ?? '')),
    (list) => CAREER.some(([offer]) => !played.has(offer) && list.some((n) => say(offer).test(n))),
  );
  const found = CAREER.find(([offer]) => !played.has(offer) && names.some((n) => say(offer).test(n)));
  if (!found) throw new Error(`none of the intern's missions is on offer: ${names.join(' | ')}`);
  return found;
}

/**
 * From the job board, plays the three missions with `act`, through the promotion when it comes.
 * `visitFor(i)` looks at the screens of mission i. Returns the scenes seen after each results screen.
 */
export async function playCareer(
  page: Page,
  actAsIs: Act,
  visitFor: (i: number) => Visit,
  onRankUp: Visit,
  say: Say = asIs,
): Promise<string[]> {
  const act: Act = (p, target) => actAsIs(p, saying(say, target));
  const after: string[] = [];
  const played = new Set<RegExp>();
  for (let i = 0; i < CAREER_MISSIONS; i++) {
    await waitForScene(page, 'offers');
    const [offer, plan] = await firstOffered(page, say, played);
    played.add(offer);
    await act(page, offer);
    await playMission(page, plan, actAsIs, visitFor(i), say);
    await act(page, /^Mission suivante/);
    const next = await leave(page, 'results');
    after.push(next);
    if (next === 'rankup') {
      await onRankUp('rankup');
      await act(page, /^Voir les offres/);
    }
  }
  return after;
}
