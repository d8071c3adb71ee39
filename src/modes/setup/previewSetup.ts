import { t } from '../../i18n/t.ts';
import { encodeSession } from '../../sim/classroom/sessionCode.ts';
import { playNextMission } from '../../state/playlistFlow.ts';
import { memoryStorage, SafeStorage } from '../../state/safeStorage.ts';
import { workshopResumeUrl } from '../urlMode.ts';
import { setupSessionRun } from './classroomSetup.ts';
import { openCustom, packedInAddress } from './customSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

/** Every preview of a draft plays the same draw: a change to the mission is what changes its run. */
export const PREVIEW_SEED = 20_261;

const backToWorkshop = () => location.assign(workshopResumeUrl());

/**
 * The workshop's draft played in the real game (`?mode=preview#missions=…`): the same rules as a class
 * session of that one mission, with a fixed seed and nothing kept; its results lead back to the workshop.
 */
export async function setupPreview(deps: SetupDeps): Promise<ModeSetup> {
  const packed = packedInAddress();
  const opened = packed ? await openCustom(packed, deps) : null;
  const ok = opened?.custom.ok ? opened : null;
  const session = { playlist: 'custom' as const, length: 1, seed: PREVIEW_SEED };
  const catalogue = ok?.deps.catalogue ?? deps.catalogue;
  const mission = ok ? catalogue.missions[catalogue.custom?.[0] ?? ''] : undefined;
  const setup = setupSessionRun(
    { session, code: encodeSession(session), missions: mission ? [mission] : null },
    new SafeStorage(memoryStorage()),
    { ...deps, catalogue },
    'classroom',
    null,
  );
  if (setup.mode.kind !== 'classroom') return setup;
  const mode = setup.mode;
  mode.finishLabel = 'preview.backToWorkshop';
  mode.customProblem = mission
    ? null
    : opened && !opened.custom.ok
      ? opened.custom.reason
      : () => t('preview.nothing');
  mode.backToWorkshop = backToWorkshop;
  if (mission) {
    // Straight into the mission: past the welcome and the first post's screen.
    playNextMission(setup.store, setup.catalogue);
    playNextMission(setup.store, setup.catalogue);
    setup.store.subscribe(
      (s) => s.career?.done ?? false,
      (done) => {
        if (done) backToWorkshop();
      },
    );
  }
  return setup;
}
