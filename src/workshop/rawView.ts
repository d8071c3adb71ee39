import { t } from '../i18n/t.ts';
import { el, freshId } from './dom.ts';
import { jsonBreak } from './draftStore.ts';

/**
 * The draft as JSON text, for what the form does not draw. A plain text box for now; a code editor
 * (CodeMirror 6) can take its place behind the same three members.
 */
export interface DraftTextView {
  readonly element: HTMLElement;
  /** Shows the draft's text (the form changed it, or a file was opened). */
  show(text: string): void;
  focus(): void;
}

/** A text box of the draft's JSON that says where it breaks; `onText` hears every edit. */
export function rawView(onText: (text: string) => void): DraftTextView {
  const id = freshId('ws-raw');
  const statusId = freshId('ws-raw-status');
  const helpId = freshId('ws-raw-help');
  const area = el('textarea', {
    id,
    className: 'ws-raw',
    spellcheck: false,
    autocomplete: 'off',
    'aria-describedby': `${helpId} ${statusId}`,
    rows: 24,
  });
  const status = el('p', { id: statusId, className: 'ws-raw-status', role: 'status' });
  const say = () => {
    const broken = jsonBreak(area.value);
    status.textContent = broken
      ? t('workshop.raw.invalid', { line: broken.line, column: broken.column })
      : t('workshop.raw.valid');
    status.classList.toggle('ws-bad', broken !== null);
    area.setAttribute('aria-invalid', String(broken !== null));
  };
  area.addEventListener('input', () => {
    say();
    onText(area.value);
  });
  const element = el('div', { className: 'ws-raw-view' }, [
    el('label', { for: id, text: t('workshop.raw.label') }),
    el('p', { id: helpId, className: 'ws-help', text: t('workshop.raw.help') }),
    area,
    status,
  ]);
  return {
    element,
    show(text) {
      area.value = text;
      say();
    },
    focus: () => area.focus(),
  };
}
