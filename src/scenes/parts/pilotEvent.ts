import type { Catalogue, GameEvent, Mission } from '../../content/types.ts';
import { language, money, t, tx } from '../../i18n/t.ts';
import { revisionCost } from '../../sim/design.ts';
import type { MissionRun, Pending } from '../../sim/run.ts';

/** The id the pilot's decision goes by among the production's decisions. */
export const PILOT_ID = 'pilot';

/** An interface string as a content text, so the decision card can show it like an event's. */
const here = (s: string): GameEvent['title'] => ({ [language()]: s, fr: s });

/** The pilot's decision as a pending one, after the production's events (none when it found nothing). */
export function pilotPending(run: MissionRun): Pending[] {
  if (!run.pilot) return [];
  const option = run.pilot.revise === null ? null : run.pilot.revise ? 'revise' : 'launch';
  return [{ id: PILOT_ID, option }];
}

/** The pilot's finding as a decision card: revise (adding its fix card, at a price) or launch as it is. */
export function pilotEvent(run: MissionRun, mission: Mission, cat: Catalogue): GameEvent | undefined {
  const finding = mission.pilot.find((p) => p.id === run.pilot?.finding);
  const fix = mission.deck.find((c) => c.id === finding?.fix);
  if (!finding || !fix) return undefined;
  const cost = revisionCost(finding, mission, cat.rules);
  // What the card shows of each way (its tone: better learning for a price, or a weak spot left); the rules
  // work the real effects out from the storyboard (design.ts) and the revision's cost (budget.ts).
  const effects = { weeks: 0, xp: {} };
  return {
    id: PILOT_ID,
    title: here(t('pilot.title')),
    text: finding.text,
    options: [
      {
        id: 'revise',
        text: here(t('pilot.revise', { name: tx(fix.name), cost: money(cost) })),
        outcome: here(t('pilot.reviseOutcome')),
        effects: { ...effects, indicators: { learning: 1 }, cost },
        needs: null,
      },
      {
        id: 'launch',
        text: here(t('pilot.launch')),
        outcome: here(t('pilot.launchOutcome')),
        effects: { ...effects, indicators: { learning: -1 }, cost: 0 },
        needs: null,
      },
    ],
    facts: [],
  };
}
