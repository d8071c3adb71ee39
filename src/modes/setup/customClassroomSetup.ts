import { t } from '../../i18n/t.ts';
import { compact } from '../../sim/classroom/codeAlphabet.ts';
import { browserStorage, SafeStorage } from '../../state/safeStorage.ts';
import { packedIn } from '../../workshop/missionsFragment.ts';
import { setupClassroom } from './classroomSetup.ts';
import { missionsOfSession, openCustom, packedInAddress, pickMissionFiles } from './customSetup.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

const missionsKey = (code: string) => `pedago-studio.classroom.${compact(code)}.missions`;

/**
 * A pupil's session of the workshop's missions: they come in the share link's fragment (or, once brought,
 * from this browser, so the short address resumes too), are checked, and must be the session's own. Without
 * them the welcome says why and offers to open the file of missions the teacher gave.
 */
export async function setupCustomClassroom(typed: string, deps: SetupDeps): Promise<ModeSetup> {
  const storage = new SafeStorage(browserStorage());
  const packed = packedInAddress() ?? packedIn(`#missions=${storage.get(missionsKey(typed)) ?? ''}`);
  const opened = packed ? await openCustom(packed, deps) : null;
  const fits = !!opened && missionsOfSession(typed, opened.custom);
  const setup = setupClassroom(typed, fits && opened ? opened.deps : deps);
  if (setup.mode.kind !== 'classroom') return setup;
  const mode = setup.mode;
  if (fits && opened?.custom.ok) storage.set(missionsKey(typed), packedIn(opened.custom.fragment) ?? '');
  mode.customProblem = fits
    ? null
    : opened && !opened.custom.ok
      ? opened.custom.reason
      : () => t(opened ? 'custom.pupil.otherSession' : 'custom.pupil.missing');
  mode.openMissionFiles = async () => {
    const picked = await pickMissionFiles([]);
    if (!picked) return null;
    if (!picked.ok) return picked.reason;
    const { catalogue: _, ...custom } = picked;
    if (!missionsOfSession(typed, custom)) return () => t('custom.pupil.otherSession');
    location.hash = picked.fragment;
    location.reload();
    return null;
  };
  return setup;
}
