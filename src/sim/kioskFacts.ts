import type { Catalogue } from '../content/types.ts';

/**
 * The facts the kiosk ends on: those of the missions played, then of their recruiters, then any other, so
 * there are always `count`; facts tied to the date of the survey come last, as a first contact should
 * not lead with a dated figure.
 */
export function kioskFacts(missionIds: readonly string[], cat: Catalogue, count = 3): string[] {
  const fromRun = missionIds.flatMap((id) => {
    const m = cat.missions[id];
    return m ? [...m.facts, ...(cat.recruiters[m.recruiter]?.facts ?? [])] : [];
  });
  const ordered = [...new Set([...fromRun, ...Object.keys(cat.facts)])].filter((id) => cat.facts[id]);
  const fresh = ordered.filter((id) => !cat.facts[id]?.dated);
  const dated = ordered.filter((id) => cat.facts[id]?.dated);
  return [...fresh, ...dated].slice(0, count);
}
