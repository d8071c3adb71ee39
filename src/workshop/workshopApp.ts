import { checkDraft, draftPath } from '../content/checkDraft.ts';
import { missionFileText } from '../content/draftFile.ts';
import type { Problem } from '../content/problem.ts';
import type { Catalogue } from '../content/types.ts';
import type { LevelFile } from '../content/validate.ts';
import { t } from '../i18n/t.ts';
import { downloadText, pickTextFile } from '../ui/fileTransfer.ts';
import { balancePanel } from './balancePanel.ts';
import { BLANK_MISSION } from './blankMission.ts';
import { button, el, focusIn } from './dom.ts';
import {
  type DraftStorage,
  jsonBreak,
  loadDraft,
  readMissionFile,
  saveDraft,
  titleOf,
} from './draftStore.ts';
import { nearestPath, type Prop } from './formModel.ts';
import { backFromPreview, playButtons } from './playButtons.ts';
import { type FieldPlace, renderProblems } from './problemsPanel.ts';
import { rawView } from './rawView.ts';
import { renderForm } from './schemaForm.ts';
import { startPanel } from './startPanel.ts';

/** How long typing pauses before the draft is checked and kept. */
const SETTLE_MS = 300;

export interface WorkshopDeps {
  root: HTMLElement;
  /** Where the page's parts go: the editor or the way in. */
  main: HTMLElement;
  files: readonly LevelFile[];
  catalogue: Catalogue;
  /** The mission's fields, as the form draws them. */
  props: () => readonly Prop[];
  storage: DraftStorage;
}

type Mission = Record<string, unknown>;

/** The workshop once loaded: the way in, then the editor (form or raw JSON), the check, autosave and files. */
export function startApp(d: WorkshopDeps) {
  let value: Mission = {};
  let text = '';
  let unexported = false;
  let view: 'form' | 'raw' = 'form';
  let places = new Map<string, { control: HTMLElement; label: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const status = el('p', { className: 'ws-status', role: 'status' });
  const saveNote = el('p', { className: 'ws-save', role: 'status' });
  const summary = el('p', { className: 'ws-summary', role: 'status' });
  const list = el('ol', { className: 'ws-problems' });
  const body = el('div', { className: 'ws-body' });
  const balance = balancePanel(d.files);
  const raw = rawView((typed) => {
    text = typed;
    const parsed: unknown = jsonBreak(typed) ? null : JSON.parse(typed);
    // The form keeps the last object the text held; the check names what else is wrong.
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) value = parsed as Mission;
    touched();
  });

  // The draft is kept in this browser: leaving for its preview loses nothing, so it asks nothing.
  let leavingForPreview = false;
  const play = playButtons(
    () => value,
    () => (leavingForPreview = true),
  );

  const say = (message: string) => {
    status.textContent = message;
  };

  const placeOf = (path: string): FieldPlace | null => {
    // Where broken JSON breaks ("line 3, column 7") is a place in the raw view, which says it in words.
    if (!path.startsWith('$')) return { label: t('workshop.raw.label'), focus: () => showRaw() };
    const at = nearestPath(path, (p) => places.has(p));
    const found = at === null ? undefined : places.get(at);
    if (at === null || !found) return null;
    return {
      label: found.label,
      focus: () => {
        if (view === 'raw') showView('form');
        focusIn(places.get(at)?.control ?? found.control);
      },
    };
  };

  let problems: readonly Problem[] = [];

  function check(): void {
    clearTimeout(timer);
    timer = undefined;
    problems = checkDraft(d.files, text);
    d.root.dataset.workshopProblems = String(problems.length);
    balance.update(text, problems.length);
    play.update(problems.length);
    showProblems();
    keep();
  }

  /** The problems found last, pointing to the form's controls as drawn now. */
  function showProblems(): void {
    const file = draftPath(text);
    renderProblems(summary, list, problems, file, placeOf);
    for (const { control } of places.values()) control.removeAttribute('aria-invalid');
    for (const p of problems) {
      const control = file === p.file ? places.get(p.path)?.control : undefined;
      if (control && !(control instanceof HTMLFieldSetElement)) control.setAttribute('aria-invalid', 'true');
    }
  }

  function keep(): void {
    const ok = saveDraft(d.storage, { text, unexported });
    const said = t(ok ? 'workshop.status.saved' : 'workshop.status.saveFailed');
    if (saveNote.textContent !== said) saveNote.textContent = said;
    saveNote.classList.toggle('ws-bad', !ok);
  }

  function touched(): void {
    unexported = true;
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  }

  function drawForm(focus?: string): void {
    places = new Map();
    const form = renderForm(d.props(), {
      root: value,
      changed: () => {
        text = missionFileText(value);
        touched();
      },
      restructured: (key) => {
        text = missionFileText(value);
        drawForm(key);
        touched();
      },
      register: (path, control, label) => places.set(path, { control, label }),
    });
    body.replaceChildren(form);
    showProblems();
    if (focus) {
      const target =
        body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focus)}"]`) ?? places.get(focus)?.control;
      if (target) focusIn(target);
    }
  }

  function showRaw(): void {
    if (view !== 'raw') showView('raw');
    raw.focus();
  }

  function showView(next: 'form' | 'raw'): void {
    view = next;
    for (const b of viewButtons) b.setAttribute('aria-pressed', String(b.dataset.view === next));
    if (next === 'raw') {
      raw.show(text);
      body.replaceChildren(raw.element);
    } else drawForm();
  }

  const viewButtons = (['form', 'raw'] as const).map((v) => {
    const b = button(t(v === 'form' ? 'workshop.toolbar.form' : 'workshop.toolbar.raw'), () => showView(v));
    b.dataset.view = v;
    return b;
  });

  function exportFile(): void {
    const id = typeof value.id === 'string' && value.id ? value.id : 'mission';
    const file = `${id}.json`;
    downloadText(file, jsonBreak(text) ? text : missionFileText(value), 'application/json');
    unexported = false;
    keep();
    say(t('workshop.status.exported', { file }));
  }

  /** Replacing a draft with changes not exported asks first: they would be lost. */
  const mayReplace = () => !unexported || window.confirm(t('workshop.confirmReplace'));

  function open(mission: Mission, message?: string): void {
    value = structuredClone(mission);
    text = missionFileText(value);
    unexported = true;
    editor();
    if (message) say(message);
    check();
  }

  function importFile(): void {
    pickTextFile('.json,application/json', (fileText) => {
      const read = readMissionFile(fileText);
      if ('refused' in read) {
        say(t('workshop.import.refused', { reason: t(read.refused.key, read.refused.params) }));
        status.classList.add('ws-bad');
        return;
      }
      if (!mayReplace()) return;
      open(read.mission, t('workshop.status.imported', { file: `${String(read.mission.id)}.json` }));
    });
  }

  function editor(): void {
    status.classList.remove('ws-bad');
    const toolbar = el(
      'div',
      { className: 'ws-toolbar', role: 'group', 'aria-label': t('workshop.toolbar.label') },
      [
        el(
          'div',
          { className: 'ws-views', role: 'group', 'aria-label': t('workshop.toolbar.views') },
          viewButtons,
        ),
        button(t('workshop.toolbar.export'), exportFile, undefined, 'ws-button ws-primary'),
        ...play.elements,
        button(t('workshop.toolbar.import'), importFile),
        button(t('workshop.toolbar.new'), () => way()),
      ],
    );
    const problemsHeading = el('h2', { id: 'ws-problems-h', text: t('workshop.problems.heading') });
    const formHeading = el('h2', { id: 'ws-form-h', tabindex: -1, text: t('workshop.form.heading') });
    d.main.replaceChildren(
      toolbar,
      el('div', { className: 'ws-notes' }, [status, saveNote]),
      el('div', { className: 'ws-columns' }, [
        el('aside', { className: 'ws-check', 'aria-labelledby': 'ws-problems-h' }, [
          problemsHeading,
          summary,
          list,
          balance.element,
        ]),
        el('section', { className: 'ws-editor', 'aria-labelledby': 'ws-form-h' }, [formHeading, body]),
      ]),
    );
    showView(view);
    formHeading.focus();
  }

  function way(): void {
    if (timer !== undefined) check();
    const kept = loadDraft(d.storage);
    const keptTitle = kept ? titleOf(kept.text) : null;
    const resume = () => {
      if (!kept) return;
      text = kept.text;
      const parsed: unknown = jsonBreak(text) ? null : JSON.parse(text);
      value = typeof parsed === 'object' && parsed !== null ? (parsed as Mission) : {};
      unexported = kept.unexported;
      if (jsonBreak(text)) view = 'raw';
      editor();
      check();
    };
    d.main.replaceChildren(
      startPanel(d.catalogue, {
        keptTitle,
        resume,
        copy: (id) => {
          const source = d.files.find((f) => f.path === `missions/${id}.json`);
          if (source && mayReplaceKept(kept)) open(JSON.parse(source.text) as Mission);
        },
        blank: () => {
          if (mayReplaceKept(kept)) open(BLANK_MISSION);
        },
        open: importFile,
      }),
    );
    d.root.dataset.workshopProblems = '0';
    if (backFromPreview()) resume();
  }

  const mayReplaceKept = (kept: { unexported: boolean } | null) =>
    !kept?.unexported || window.confirm(t('workshop.confirmReplace'));

  window.addEventListener('beforeunload', (e) => {
    if (timer !== undefined) check();
    if (!unexported || leavingForPreview) return;
    e.preventDefault();
    e.returnValue = t('workshop.leave');
  });

  way();
  return {
    /** Draws the page again in the language just chosen, the draft as it is. */
    redraw(): void {
      for (const b of viewButtons)
        b.textContent = t(b.dataset.view === 'form' ? 'workshop.toolbar.form' : 'workshop.toolbar.raw');
      if (d.main.querySelector('.ws-start')) way();
      else {
        editor();
        check();
      }
    },
  };
}
