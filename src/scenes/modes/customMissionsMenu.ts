import { t, tx } from '../../i18n/t.ts';
import { downloadText } from '../../ui/fileTransfer.ts';
import { type MenuItem, menuDialog } from '../../ui/menuDialog.ts';
import type { GameScene } from '../GameScene.ts';

function offered(scene: GameScene): string {
  const { mode, catalogue } = scene.services;
  if (mode.kind !== 'teacher' || !mode.custom) return '';
  if ('refused' in mode.custom) return t('custom.teacher.refused', { reason: mode.custom.refused() });
  const titles = mode.custom.ids.flatMap((id) => {
    const m = catalogue.missions[id];
    return m ? [tx(m.title)] : [];
  });
  return t('custom.teacher.some', { titles: titles.join(', ') });
}

/**
 * The teacher's menu for the workshop's missions: add mission files (checked, then offered as a path of
 * their own), stop offering them, or go and write one in the workshop.
 */
export function openMissionsMenu(scene: GameScene): void {
  const { mode, layer } = scene.services;
  if (mode.kind !== 'teacher') return;
  menuDialog(scene, layer, {
    title: t('custom.teacher.button'),
    text: [t('custom.teacher.intro'), offered(scene)].filter(Boolean).join(' '),
    items: [
      {
        key: 'custom-import',
        icon: 'inbox',
        text: t('custom.teacher.import'),
        onPress: () =>
          void mode.importMissions().then((refusal) => {
            if (refusal && scene.sys.isActive())
              menuDialog(scene, layer, {
                title: t('custom.teacher.refusedTitle'),
                text: `${refusal()} ${t('custom.teacher.nothingChanged')}`,
                items: [],
                close: t('custom.teacher.close'),
              });
          }),
      },
      ...(mode.custom
        ? [
            {
              key: 'custom-drop',
              icon: 'x' as const,
              text: t('custom.teacher.drop'),
              onPress: () => mode.dropMissions(),
            },
          ]
        : []),
      {
        key: 'custom-workshop',
        icon: 'pen-line',
        text: t('custom.teacher.workshop'),
        onPress: () => location.assign('./?mode=workshop'),
      },
    ],
    close: t('custom.teacher.close'),
  });
}

/** For a session of the workshop's missions: its full link to copy, and its missions' file for the pupils. */
function shareItems(scene: GameScene, code: string): MenuItem[] {
  const { mode, layer } = scene.services;
  if (mode.kind !== 'teacher' || !mode.custom || !('ids' in mode.custom)) return [];
  if (mode.teacher.getState().session?.playlist !== 'custom') return [];
  const missions = mode.custom.missions;
  const url = mode.shareUrl(code);
  return [
    {
      key: 'share-link',
      icon: 'mail',
      text: t('custom.share.link'),
      onPress: () =>
        void navigator.clipboard.writeText(url).then(
          () => layer.announce(t('custom.share.copied', { n: url.length })),
          () =>
            menuDialog(scene, layer, {
              title: t('custom.share.link'),
              text: t('custom.share.copyFailed'),
              items: [],
              close: t('custom.teacher.close'),
            }),
        ),
    },
    {
      key: 'share-file',
      icon: 'package',
      text: t('custom.share.file'),
      onPress: () =>
        downloadText(
          t('custom.share.fileName', { code }),
          JSON.stringify(missions, null, 2),
          'application/json',
        ),
    },
  ];
}

/** The share items as a menu of their own, from the session's « Garder les résultats » menu. */
export function openShareMenu(scene: GameScene, code: string): void {
  menuDialog(scene, scene.services.layer, {
    title: t('custom.share.open'),
    text: t('custom.share.intro'),
    items: shareItems(scene, code),
    close: t('custom.teacher.close'),
  });
}
