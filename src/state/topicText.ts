import type { Mission } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { topicAt } from '../sim/classroom/topics.ts';

/** A debrief topic in words, for the class debrief. */
export function topicText(topic: number, mission: Mission): string {
  const tp = topicAt(topic);
  switch (tp.kind) {
    case 'none':
      return t('topic.none');
    case 'delay':
      return t('topic.delay');
    case 'overrun':
      return t('topic.overrun');
    case 'questions':
      return t('topic.questions');
    case 'mix':
      return t(tp.good ? 'topic.mixGood' : 'topic.mixBad');
    case 'storyboard':
      return t(tp.good ? 'topic.storyboardGood' : 'topic.storyboardBad');
    case 'need': {
      const need = mission.needs[tp.index];
      const why = need ? tx(need.why) : '';
      return t(tp.good ? 'topic.needGood' : 'topic.needBad', { why });
    }
  }
}
