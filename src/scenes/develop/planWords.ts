import type { Catalogue, Mission } from '../../content/types.ts';
import { money, t, tx } from '../../i18n/t.ts';
import type { ChoiceError } from '../../sim/choose.ts';
import type { GameState } from '../../state/store.ts';
import { planView } from '../../state/views.ts';

/** What the develop screen says of the plan as it stands: the budget spent, the delay, what went wrong. */
export interface PlanWords {
  cost: number;
  budget: number;
  /** "2 000 € / 7 000 €" beside the gauge, and the gauge's spoken value. */
  spent: string;
  spentLong: string;
  late: boolean;
  delay: string;
  /** The last refusal and the tools left idle, one a line (empty when all is well). */
  warnings: string;
  /** The tools and team chosen, one a line. */
  chosen: string;
}

function refusalText(error: ChoiceError): string {
  if (error === 'over-budget') return t('refusal.over-budget');
  if (error === 'too-many') return t('refusal.too-many');
  return t('refusal.other');
}

export function planWords(s: GameState, cat: Catalogue, mission: Mission): PlanWords | null {
  const view = planView(s, cat);
  const r = s.run;
  if (!view || !r) return null;
  const amounts = { cost: money(view.cost), budget: money(mission.budget) };
  const late = view.weeksLate > 0;
  const idle = view.idle.map((id) =>
    t('debrief.idle', { name: tx(cat.tools[id]?.name ?? { fr: id, en: id }) }),
  );
  const names = [...r.tools.map((id) => cat.tools[id]?.name), ...r.team.map((id) => cat.roles[id]?.name)];
  return {
    cost: view.cost,
    budget: mission.budget,
    spent: t('develop.budgetShort', amounts),
    spentLong: t('develop.budget', amounts),
    late,
    delay: late ? t('develop.late', { n: view.weeksLate }) : t('develop.onTime'),
    warnings: [s.refusal ? refusalText(s.refusal) : '', ...idle].filter(Boolean).join('\n'),
    chosen: names.flatMap((n) => (n ? [`• ${tx(n)}`] : [])).join('\n'),
  };
}
