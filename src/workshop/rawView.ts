import './tools.css';
import { t } from '../i18n/t.ts';
import type { CodeEditor } from './codeEditor.ts';
import { el, freshId } from './dom.ts';
import { jsonBreak } from './draftStore.ts';

/** The draft as JSON text, for what the form does not draw: a code editor, or a text box until it loads. */
export interface DraftTextView {
  readonly element: HTMLElement;
  /** Shows the draft's text (the form changed it, or a file was opened). */
  show(text: string): void;
  focus(): void;
}

/**
 * The draft's JSON that says where it breaks; `onText` hears every edit. A plain text box first: the first
 * time the view is shown it loads the code editor (CodeMirror, codeEditor.ts, a chunk of its own), which
 * takes the text box's place, its text and its caret; if it cannot load, the text box stays.
 */
export function rawView(onText: (text: string) => void): DraftTextView {
  const id = freshId('ws-raw');
  const labelId = freshId('ws-raw-label');
  const statusId = freshId('ws-raw-status');
  const helpId = freshId('ws-raw-help');
  const keysId = freshId('ws-raw-keys');
  const area = el('textarea', {
    id,
    className: 'ws-raw',
    spellcheck: false,
    autocomplete: 'off',
    'aria-describedby': `${helpId} ${statusId}`,
    rows: 24,
  });
  const status = el('p', { id: statusId, className: 'ws-raw-status', role: 'status' });
  const keys = el('p', { id: keysId, className: 'ws-help', hidden: true, text: t('workshop.raw.keys') });
  let editor: CodeEditor | null = null;
  let loading = false;

  const say = (text: string) => {
    const broken = jsonBreak(text);
    const words = broken
      ? t('workshop.raw.invalid', { line: broken.line, column: broken.column })
      : t('workshop.raw.valid');
    if (status.textContent !== words) status.textContent = words;
    status.classList.toggle('ws-bad', broken !== null);
    area.setAttribute('aria-invalid', String(broken !== null));
    editor?.invalid(broken !== null);
  };
  const edited = (text: string) => {
    say(text);
    onText(text);
  };
  area.addEventListener('input', () => edited(area.value));

  function load(): void {
    if (loading) return;
    loading = true;
    import('./codeEditor.ts')
      .then(({ codeEditor }) => {
        const focused = document.activeElement === area;
        editor = codeEditor({
          doc: area.value,
          caret: area.selectionStart,
          labelledBy: labelId,
          describedBy: `${helpId} ${keysId} ${statusId}`,
          onText: edited,
        });
        editor.invalid(jsonBreak(area.value) !== null);
        area.replaceWith(editor.dom);
        keys.hidden = false;
        if (focused) editor.focus();
      })
      .catch(() => {
        // The text box stays: the JSON can still be edited, without colours or the linter.
      });
  }

  const label = el('label', { id: labelId, for: id, text: t('workshop.raw.label') });
  // A label names a div by aria-labelledby only: a click on it goes to the editor by hand.
  label.addEventListener('click', () => editor?.focus());
  const element = el('div', { className: 'ws-raw-view' }, [
    label,
    el('p', { id: helpId, className: 'ws-help', text: t('workshop.raw.help') }),
    keys,
    area,
    status,
  ]);
  return {
    element,
    show(text) {
      if (editor) editor.set(text);
      else area.value = text;
      say(text);
      load();
    },
    focus: () => (editor ?? area).focus(),
  };
}
