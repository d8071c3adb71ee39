import { type StringKey, t } from '../../i18n/t.ts';
import type { TextStep } from '../../state/saveSchema.ts';
import { systemAsksReducedMotion } from '../../ui/appearance.ts';
import type { IconName } from '../../ui/icons.ts';
import type { Rect } from '../../ui/layout.ts';
import type { GameScene } from '../GameScene.ts';
import { TEXT_STEP_NAMES } from '../names.ts';

type Toggle = 'highContrast' | 'reducedMotion' | 'dyslexicFont';

export const TOGGLES: { key: Toggle; name: StringKey; icon: IconName }[] = [
  { key: 'highContrast', name: 'settings.contrast', icon: 'contrast' },
  { key: 'reducedMotion', name: 'settings.motion', icon: 'pause' },
  { key: 'dyslexicFont', name: 'settings.dyslexic', icon: 'type' },
];

/** The three text sizes in `cells`, the current one pressed; `listed` ones are choices one under the other. */
export function textSizes(scene: GameScene, cells: Rect[], listed = false): void {
  const store = scene.services.store;
  const steps: TextStep[] = [0, 1, 2];
  steps.forEach((step) => {
    scene.btnPublic({
      ...(cells[step] as Rect),
      variant: listed ? 'choice' : 'secondary',
      text: t(TEXT_STEP_NAMES[step]),
      pressed: store.getState().settings.textStep === step,
      onPress: () => store.getState().updateSettings({ textStep: step }),
    });
  });
}

/** The display switches in `cells`; `terse` ones say their state only when the system sets it. */
export function toggles(scene: GameScene, cells: Rect[], terse = false): void {
  const store = scene.services.store;
  TOGGLES.forEach((toggle, i) => {
    const bySystem = toggle.key === 'reducedMotion' && systemAsksReducedMotion();
    const on = store.getState().settings[toggle.key] || bySystem;
    scene.btnPublic({
      ...(cells[i] as Rect),
      key: toggle.key,
      variant: 'choice',
      icon: toggle.icon,
      text: t(toggle.name),
      detail: bySystem ? t('settings.bySystem') : terse ? undefined : t(on ? 'settings.on' : 'settings.off'),
      pressed: on,
      unavailable: bySystem,
      onPress: () => {
        if (bySystem) return;
        store.getState().updateSettings({ [toggle.key]: !store.getState().settings[toggle.key] });
      },
    });
  });
}
