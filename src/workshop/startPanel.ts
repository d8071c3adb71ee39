import type { Catalogue } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { button, el, freshId } from './dom.ts';

export interface StartChoices {
  /** The title of the draft kept in this browser, if any. */
  keptTitle: string | null;
  resume(): void;
  copy(missionId: string): void;
  blank(): void;
  open(): void;
}

/** The way in: continue the kept draft, copy one of the game's missions, start blank, or open a file. */
export function startPanel(cat: Catalogue, choices: StartChoices): HTMLElement {
  const headingId = freshId('ws-h');
  const selectId = freshId('ws-in');
  const missions = Object.values(cat.missions)
    .map((m) => ({ id: m.id, title: tx(m.title) }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const select = el(
    'select',
    { id: selectId },
    missions.map((m) => el('option', { value: m.id, text: m.title })),
  );
  const resume =
    choices.keptTitle === null
      ? null
      : el('div', { className: 'ws-card ws-resume' }, [
          el('p', { text: t('workshop.start.resumeNote') }),
          button(
            t('workshop.start.resume', { title: choices.keptTitle }),
            choices.resume,
            undefined,
            'ws-button ws-primary',
          ),
        ]);
  return el('section', { className: 'ws-start', 'aria-labelledby': headingId }, [
    el('h2', { id: headingId, text: t('workshop.start.heading') }),
    resume,
    el('div', { className: 'ws-card' }, [
      el('h3', { text: t('workshop.start.copy') }),
      el('div', { className: 'ws-field ws-wide' }, [
        el('label', { for: selectId, text: t('workshop.start.mission') }),
        select,
      ]),
      button(t('workshop.start.copyButton'), () => choices.copy(select.value)),
    ]),
    el('div', { className: 'ws-card' }, [
      el('p', { text: t('workshop.start.blankNote') }),
      button(t('workshop.start.blank'), choices.blank),
    ]),
    el('div', { className: 'ws-card' }, [button(t('workshop.start.import'), choices.open)]),
  ]);
}
