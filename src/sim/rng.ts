/** A small seeded generator (mulberry32). Its whole state is one 32-bit integer kept in the game state. */

export interface Draw {
  value: number;
  state: number;
}

export function nextRandom(state: number): Draw {
  const s = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: s };
}

/** A seed from any string, so session codes and names can seed a run. */
export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h | 0;
}
