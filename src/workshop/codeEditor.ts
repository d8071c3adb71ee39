// Loaded on first use only (rawView.ts imports it when the raw view first opens): CodeMirror stays out of the
// game's bundle and out of the workshop's first load.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxHighlighting } from '@codemirror/language';
import { linter, lintKeymap } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface CodeEditorOptions {
  doc: string;
  /** Where the caret starts (the text box's, when the editor takes its place). */
  caret: number;
  /** The ids of the elements that name and describe the editor, for a screen reader. */
  labelledBy: string;
  describedBy: string;
  /** Hears every edit made in the editor, not the texts given to `set`. */
  onText: (text: string) => void;
}

export interface CodeEditor {
  readonly dom: HTMLElement;
  set(text: string): void;
  focus(): void;
  /** Marks the editor as holding broken JSON (or not), for a screen reader and the frame's colour. */
  invalid(broken: boolean): void;
}

/**
 * A CodeMirror 6 editor for the draft's JSON: JSON colouring (workshop CSS classes, tools.css), the JSON parse
 * linter, undo, line numbers. Tab is not bound: it leaves the editor as from any text box, so a keyboard user
 * is never trapped in it.
 */
export function codeEditor(o: CodeEditorOptions): CodeEditor {
  let quiet = false;
  const view = new EditorView({
    state: EditorState.create({
      doc: o.doc,
      selection: EditorSelection.cursor(Math.min(o.caret, o.doc.length)),
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        json(),
        syntaxHighlighting(classHighlighter),
        linter(jsonParseLinter(), { delay: 300 }),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-labelledby': o.labelledBy,
          'aria-describedby': o.describedBy,
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !quiet) o.onText(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    dom: view.dom,
    set(text) {
      if (text === view.state.doc.toString()) return;
      quiet = true;
      try {
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: text },
          selection: EditorSelection.cursor(Math.min(view.state.selection.main.head, text.length)),
        });
      } finally {
        quiet = false;
      }
    },
    focus: () => view.focus(),
    invalid(broken) {
      view.contentDOM.setAttribute('aria-invalid', String(broken));
    },
  };
}
