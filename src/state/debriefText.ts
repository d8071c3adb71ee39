import type { Catalogue } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { liveStep } from '../sim/budget.ts';
import type { DebriefItem } from '../sim/debrief.ts';
import type { MissionRun } from '../sim/run.ts';

export interface DebriefLine {
  good: boolean;
  head: string;
  why: string;
}

/** Says in words one item of the debrief: which decision, how many points, and why it mattered. */
export function debriefLine(item: DebriefItem, run: MissionRun, cat: Catalogue): DebriefLine {
  const mission = cat.missions[run.missionId];
  const good = item.impact > 0;
  const n = Math.abs(item.impact).toLocaleString(undefined, { maximumFractionDigits: 1 });
  const sign = good ? '+' : '−';
  const need = mission?.needs.find((x) => x.tag === item.tags[0]);
  const why = need ? tx(need.why) : '';
  const src = item.source;
  switch (src.kind) {
    case 'missing':
      return { good, head: t('debrief.missing', { n }), why };
    case 'delay':
      return {
        good,
        head: t('debrief.loss', { name: t('debrief.delay', { n: run.outcome?.weeksLate ?? 0 }), n }),
        why: t('debrief.delayWhy'),
      };
    case 'overrun':
      return { good, head: t('debrief.overrun', { n }), why: t('debrief.overrunWhy') };
    case 'mix':
      return { good, head: t('debrief.mix', { sign, n }), why: t('debrief.mixWhy') };
    case 'storyboard':
      return { good, head: t('debrief.principles', { sign, n }), why: t('debrief.principlesWhy') };
    case 'objectives':
      return { good, head: t('debrief.objectives', { sign, n }), why: t('debrief.objectivesWhy') };
    case 'alignment':
      return { good, head: t('debrief.alignment', { sign, n }), why: t('debrief.alignmentWhy') };
    case 'length':
      return { good, head: t('debrief.length', { n }), why: t('debrief.lengthWhy') };
    case 'evaluation':
      return { good, head: t('debrief.evaluation', { sign, n }), why: t('debrief.evaluationWhy') };
    case 'waste':
      return { good, head: t('debrief.waste', { n }), why: t('debrief.wasteWhy') };
    case 'question': {
      const q = mission?.questions.find((x) => x.id === src.id);
      return { good, head: t('debrief.question', { n }), why: q ? tx(q.text) : '' };
    }
    case 'event':
    case 'live': {
      const event = src.kind === 'event' ? cat.events[src.id] : liveStep(run, src.id, cat);
      const option = event?.options.find((o) => o.id === src.option);
      return {
        good,
        head: t('debrief.decision', { name: event ? tx(event.title) : '', sign, n }),
        why: option ? tx(option.text) : '',
      };
    }
    case 'format':
    case 'tool':
    case 'role': {
      const entry =
        src.kind === 'format'
          ? cat.formats[src.id]
          : src.kind === 'tool'
            ? cat.tools[src.id]
            : cat.roles[src.id];
      return {
        good,
        head: t(good ? 'debrief.gain' : 'debrief.loss', { name: entry ? tx(entry.name) : '', n }),
        why,
      };
    }
    case 'chance':
      return { good, head: '', why: '' };
  }
}
