import { setLanguage, t } from '../../i18n/t.ts';
import { decodeSession, seedHoldsPrint } from '../../sim/classroom/sessionCode.ts';
import type { SafeStorage } from '../../state/safeStorage.ts';
import { pickTextFiles } from '../../ui/fileTransfer.ts';
import { packedIn } from '../../workshop/missionsFragment.ts';
import type { MissionObject } from '../../workshop/missionsLink.ts';
import type { CustomOpening } from '../custom/openCustom.ts';
import type { SetupDeps } from './modeSetup.ts';

/** The workshop's missions the teacher's screen offers, kept in this browser between visits. */
export const TEACHER_MISSIONS_KEY = 'pedago-studio.teacher.missions';

/** Missions from the workshop a mode opened with: the catalogue holding them, or why they were refused. */
export type CustomMissions =
  | { ok: true; missions: MissionObject[]; print: number; fragment: string }
  | { ok: false; reason: () => string };

const custom = () => import('../custom/openCustom.ts');

/** A chunk that could not come (offline before it was ever kept): said as the checks' own offline refusal. */
const unreachable = (e: unknown): CustomOpening => ({
  ok: false,
  reason: () => t('custom.refused.offline', { status: (e as Error).message }),
});

/** Missions packed as a share link packs them, checked: the deps whose catalogue holds them, or why not. */
export async function openCustom(
  packed: string,
  deps: SetupDeps,
): Promise<{ deps: SetupDeps; custom: CustomMissions }> {
  // The refusal is said in the player's language, checked as the workshop checks.
  setLanguage(deps.language);
  const opening: CustomOpening = await custom().then((c) => c.openPacked(packed), unreachable);
  if (!opening.ok) return { deps, custom: opening };
  const { catalogue, ...rest } = opening;
  return { deps: { ...deps, catalogue }, custom: rest };
}

export const packedInAddress = (): string | null => packedIn(location.hash);

/**
 * Mission files picked by the player, added to `kept` and checked together: resolves with the missions
 * (and their fragment) or the reason they were refused; null when nothing was picked.
 */
export function pickMissionFiles(kept: readonly MissionObject[]): Promise<CustomOpening | null> {
  return new Promise((done) =>
    pickTextFiles('.json,application/json', (texts) => {
      if (texts.length === 0) done(null);
      else
        void custom()
          .then((c) => c.openFiles(texts, kept), unreachable)
          .then(done);
    }),
  );
}

/** Whether a custom session's code matches these missions (a share link of another session does not). */
export function missionsOfSession(typed: string | null, opened: CustomMissions): boolean {
  const read = typed ? decodeSession(typed) : null;
  return !!(read?.ok && opened.ok && seedHoldsPrint(read.session.seed, opened.print));
}

/** Whether the address names a session of custom missions. */
export function customSessionIn(typed: string | null): boolean {
  const read = typed ? decodeSession(typed) : null;
  return !!read?.ok && read.session.playlist === 'custom';
}

/** The missions the teacher's screen brought last time, if the address brings none. */
export const keptPacked = (storage: SafeStorage): string | null =>
  packedIn(`#missions=${storage.get(TEACHER_MISSIONS_KEY) ?? ''}`);
