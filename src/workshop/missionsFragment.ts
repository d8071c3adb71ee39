/** The address fragment's key for missions from the workshop: `#missions=…` (a fragment never reaches a server). */
export const MISSIONS_KEY = 'missions';

/** The packed missions of an address's fragment, or null when it has none (read without unpacking them). */
export function packedIn(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(MISSIONS_KEY);
  return value?.trim() ? value.trim() : null;
}

/** The workshop's address parameter that reopens the draft kept in this browser (back from a preview). */
export const RESUME_PARAM = 'draft';
