import type { SkillLevels } from '../content/types.ts';
import { replay } from '../sim/choose.ts';
import type { MissionRun } from '../sim/run.ts';
import { backupSave, type Notice } from './saveGame.ts';
import { SAVE_VERSION, type Save, type Settings } from './saveSchema.ts';
import type { GameState, StoreDeps } from './store.ts';

/** The store's state as a save and back: the run replayed from its choices, settings checked one by one. */

export function restoreRun(
  save: Save,
  deps: Pick<StoreDeps, 'catalogue' | 'storage'>,
  notices: Notice[],
): MissionRun | null {
  if (!save.run) return null;
  const r = save.run;
  try {
    return replay(r.missionId, r.seed, r.skills as SkillLevels, r.choices, deps.catalogue);
  } catch (e) {
    backupSave(deps.storage, JSON.stringify(save), `run could not be replayed: ${(e as Error).message}`);
    notices.push('save-unreadable');
    return null;
  }
}

export function toSave(s: GameState): Save {
  const run = s.run
    ? {
        missionId: s.run.missionId,
        seed: s.run.seed,
        skills: s.run.skills,
        contract: s.contract,
        choices: s.run.choices,
      }
    : null;
  return { version: SAVE_VERSION, settings: s.settings, career: s.career, run };
}

export function validSettings(patch: Partial<Settings>): Partial<Settings> {
  const ok: Partial<Settings> = {};
  const frac = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
  if (frac(patch.musicVolume)) ok.musicVolume = patch.musicVolume;
  if (frac(patch.effectsVolume)) ok.effectsVolume = patch.effectsVolume;
  if (patch.textStep === 0 || patch.textStep === 1 || patch.textStep === 2) ok.textStep = patch.textStep;
  for (const k of ['muted', 'highContrast', 'reducedMotion', 'dyslexicFont'] as const)
    if (typeof patch[k] === 'boolean') ok[k] = patch[k];
  return ok;
}
