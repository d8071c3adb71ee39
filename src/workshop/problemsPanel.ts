import type { Problem } from '../content/problem.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';
import { sayProblem } from './problemMessages.ts';

/** A form control a problem points to: its name as the teacher reads it, and how to get there. */
export interface FieldPlace {
  label: string;
  focus(): void;
}

/** A check's message in the interface's words. */
export function problemText(message: string): string {
  const said = sayProblem(message);
  return typeof said === 'string' ? said : t(said.key, said.params);
}

/**
 * The problems of the draft as a list: each names its field (a button that takes the focus there), says
 * what is wrong and what to do, and gives its JSON path for the raw view and for developers.
 */
export function renderProblems(
  summary: HTMLElement,
  list: HTMLElement,
  problems: readonly Problem[],
  draftFile: string,
  placeOf: (path: string) => FieldPlace | null,
): void {
  const n = problems.length;
  summary.textContent =
    n === 0
      ? t('workshop.problems.none')
      : n === 1
        ? t('workshop.problems.one')
        : t('workshop.problems.many', { n });
  summary.classList.toggle('ws-ok', n === 0);
  list.replaceChildren(
    ...problems.map((p) => {
      const place = p.file === draftFile ? placeOf(p.path) : null;
      const name = place
        ? el('button', { type: 'button', className: 'ws-link', text: place.label })
        : el('strong', {
            text: p.file === draftFile ? p.path : `${t('workshop.problems.elsewhere')} (${p.file})`,
          });
      if (place) name.addEventListener('click', () => place.focus());
      return el('li', { 'data-path': p.path }, [
        name,
        el('span', { className: 'ws-message', text: problemText(p.message) }),
        el('code', { text: t('workshop.problems.path', { path: p.path }) }),
      ]);
    }),
  );
}
