import type * as Phaser from 'phaser';
import { type StringKey, t } from '../../i18n/t.ts';
import {
  type CareerFileProblem,
  careerFileName,
  careerFileText,
  readCareerFile,
} from '../../state/careerFile.ts';
import { toSave } from '../../state/saveState.ts';
import { confirmDialog } from '../../ui/dialog.ts';
import { downloadText, pickTextFile } from '../../ui/fileTransfer.ts';
import { menuDialog } from '../../ui/menuDialog.ts';
import type { Services } from '../services.ts';

const WHY_REFUSED: Record<CareerFileProblem, StringKey> = {
  'not-json': 'careerFile.notJson',
  foreign: 'careerFile.foreign',
  newer: 'careerFile.newer',
  damaged: 'careerFile.damaged',
};

function refused(scene: Phaser.Scene, s: Services, why: string): void {
  menuDialog(scene, s.layer, {
    title: t('careerFile.refusedTitle'),
    text: `${why} ${t('careerFile.nothingChanged')}`,
    items: [],
    close: t('careerFile.close'),
  });
}

function importCareer(scene: Phaser.Scene, s: Services, text: string): void {
  const read = readCareerFile(text);
  if (!read.ok) {
    console.warn(`career file refused: ${read.detail}`);
    refused(scene, s, t(WHY_REFUSED[read.problem]));
    return;
  }
  const replace = () => {
    // The stored career is replaced, then the game starts again from it, as after any reload.
    if (s.store.getState().replaceSave(read.save)) location.reload();
    else refused(scene, s, t('careerFile.cannotKeep'));
  };
  if (!s.store.getState().career) replace();
  else
    confirmDialog(scene, s.layer, {
      title: t('careerFile.replaceTitle'),
      text: t('careerFile.replaceText'),
      yes: t('careerFile.replaceYes'),
      no: t('careerFile.cancel'),
      onYes: replace,
    });
}

/** Settings' "Sauvegarde et crédits": the career to a file or back from one, and the credits. */
export function openCareerMenu(scene: Phaser.Scene, s: Services, showCredits: () => void): void {
  const state = s.store.getState();
  const none = !state.career;
  menuDialog(scene, s.layer, {
    title: t('careerFile.title'),
    text: none ? `${t('careerFile.intro')} ${t('careerFile.noneYet')}` : t('careerFile.intro'),
    items: [
      {
        key: 'career-export',
        icon: 'package',
        text: t('careerFile.export'),
        unavailable: none,
        onPress: () =>
          downloadText(careerFileName(new Date()), careerFileText(toSave(state)), 'application/json'),
      },
      {
        key: 'career-import',
        icon: 'inbox',
        text: t('careerFile.import'),
        onPress: () => pickTextFile('.json,application/json', (text) => importCareer(scene, s, text)),
      },
      { key: 'credits', icon: 'scroll-text', text: t('settings.credits'), onPress: showCredits },
    ],
    close: t('careerFile.close'),
  });
}
