import { language, type StringKey, t } from '../../i18n/t.ts';
import { type ClassFileProblem, classFileText } from '../../sim/classroom/classFile.ts';
import { classCsv } from '../../state/classCsv.ts';
import { classSummaryHtml } from '../../state/classSummary.ts';
import { classView } from '../../state/classView.ts';
import type { FileImport, TeacherStore } from '../../state/teacherStore.ts';
import { confirmDialog } from '../../ui/dialog.ts';
import { downloadText, openHtml, pickTextFile } from '../../ui/fileTransfer.ts';
import { actionSlot, actionW, place, type Rect } from '../../ui/layout.ts';
import { menuDialog } from '../../ui/menuDialog.ts';
import { control, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { openShareMenu } from './customMissionsMenu.ts';

/** A stacked session screen this high keeps its codes panel whole with the button under it (a totem upright). */
const ROOMY_TALL_BODY = 960;

const WHY_REFUSED: Record<ClassFileProblem | 'outdated', StringKey> = {
  notJson: 'classFiles.notJson',
  foreign: 'classFiles.foreign',
  newer: 'classFiles.newer',
  broken: 'classFiles.broken',
  outdated: 'classFiles.outdated',
};

/**
 * The teacher's button for the class's results to keep: it opens a menu to download the table (CSV), open
 * the printable summary, export the session's codes to a file and import such a file. `onImported` redraws
 * the screen when the codes it shows changed (a screen that lists them).
 */
export function classFilesButton(scene: GameScene, at: Rect, onImported: () => void, short = false): void {
  scene.btnPublic({
    ...at,
    text: short ? t('classFiles.openShort') : t('classFiles.open'),
    ariaLabel: short ? t('classFiles.open') : undefined,
    icon: 'package',
    key: 'class-files',
    onPress: () => openMenu(scene, onImported),
  });
}

function openMenu(scene: GameScene, onImported: () => void): void {
  const { mode, catalogue: cat, layer } = scene.services;
  if (mode.kind !== 'teacher') return;
  const teacher = mode.teacher;
  const view = classView(teacher.getState(), cat);
  if (!view) return;
  const code = view.sessionCode;
  const none = view.stats.pupils === 0;
  menuDialog(scene, layer, {
    title: t('classFiles.title'),
    text: none ? t('classFiles.introEmpty') : t('classFiles.intro'),
    items: [
      {
        key: 'class-csv',
        icon: 'layout-template',
        text: t('classFiles.csv'),
        unavailable: none,
        onPress: () => downloadText(t('classFiles.csvName', { code }), classCsv(view, cat), 'text/csv'),
      },
      {
        key: 'class-summary',
        icon: 'scroll-text',
        text: t('classFiles.summary'),
        unavailable: none,
        onPress: () =>
          openHtml(
            classSummaryHtml(view, cat, new Date().toLocaleDateString(language())),
            t('classFiles.summaryName', { code }),
          ),
      },
      {
        key: 'class-export',
        icon: 'package',
        text: t('classFiles.export'),
        onPress: () =>
          downloadText(
            t('classFiles.fileName', { code }),
            classFileText(code, teacher.getState().accepted),
            'application/json',
          ),
      },
      ...(mode.custom && teacher.getState().session?.playlist === 'custom'
        ? [
            {
              key: 'share-missions',
              icon: 'mail' as const,
              text: t('custom.share.open'),
              onPress: () => openShareMenu(scene, code),
            },
          ]
        : []),
      {
        key: 'class-import',
        icon: 'inbox',
        text: t('classFiles.import'),
        onPress: () =>
          pickTextFile('.json,application/json', (text) =>
            answer(scene, teacher, text, teacher.getState().importFile(text), onImported),
          ),
      },
    ],
    close: t('classFiles.close'),
  });
}

/** Says what an import did: why a file was refused, or asks whether to open the file's other session. */
function answer(
  scene: GameScene,
  teacher: TeacherStore,
  text: string,
  did: FileImport,
  onImported: () => void,
) {
  if (!scene.sys.isActive()) return;
  const layer = scene.services.layer;
  const open = teacher.getState().sessionCode ?? '';
  if (did.kind === 'imported') onImported();
  else if (did.kind === 'refused')
    menuDialog(scene, layer, {
      title: t('classFiles.refusedTitle'),
      text: `${t(WHY_REFUSED[did.problem])} ${t('classFiles.nothingChanged', { code: open })}`,
      items: [],
      close: t('classFiles.close'),
    });
  else
    confirmDialog(scene, layer, {
      title: t('classFiles.otherTitle'),
      text: t('classFiles.otherText', { file: did.sessionCode, open, n: did.codes }),
      yes: t('classFiles.openOther', { code: did.sessionCode }),
      no: t('classFiles.cancel'),
      onYes: () => {
        teacher.getState().importFile(text, true);
        onImported();
      },
    });
}

/**
 * Where the session's screen has room for the button: mid-way along the action row on a wide screen, under
 * the panels on a tall one with room to spare (`tall`: they stack); none elsewhere (a phone, a tablet), which
 * reaches it from the class debrief.
 * Returns the body left for the panels and the button's place.
 */
export function sessionFilesSlot(body: Rect, actions: Rect, tall: boolean): { body: Rect; at: Rect | null } {
  if (sizeClass() === 'wide') return { body, at: place(actions, 'center', actionW.other) };
  if (!tall || body.h < ROOMY_TALL_BODY) return { body, at: null };
  const at = { x: body.x, y: body.y + body.h - control.h, w: Math.min(actionW.other, body.w), h: control.h };
  return { body: { ...body, h: body.h - control.h - space.l }, at };
}

/**
 * The class debrief's action row: going back, and the button. Wide, back at the start and the button at the
 * end; upright, each a half where halves are how the row is shared; sideways, the button between going back
 * and the pages (at the row's end). Where its slot is narrower than usual, the button's name is the short one.
 */
export function debriefRow(
  actions: Rect,
  halves: [Rect, Rect] | null,
): { back: Rect; files: Rect; short: boolean } {
  if (sizeClass() === 'short') {
    const back = actionSlot(actions, 'back');
    const from = back.x + back.w + space.gap;
    const w = Math.min(actionW.other, actions.x + actions.w - actionW.other - space.gap - from);
    return { back, files: { ...actions, x: from, w }, short: w < actionW.other };
  }
  if (halves) return { back: halves[0], files: halves[1], short: halves[1].w < actionW.other };
  return {
    back: place(actions, 'start', Math.min(actionW.next, actions.w)),
    files: place(actions, 'end', actionW.other),
    short: false,
  };
}
