/** Blocks of content, each drawn at a y and `h` high, laid one under the other in parts that fit. */
export interface Block {
  h: number;
  draw: (y: number) => void;
}

/**
 * The parts blocks fall into, in order, when each part may be `room` high: a block is never split, and one
 * taller than the room has a part of its own.
 */
export function splitIntoParts<B extends { h: number }>(
  blocks: readonly B[],
  room: number,
  gap: number,
): B[][] {
  const parts: B[][] = [[]];
  let used = 0;
  for (const b of blocks) {
    const current = parts.at(-1) as B[];
    const needed = current.length ? used + gap + b.h : b.h;
    if (current.length && needed > room) {
      parts.push([b]);
      used = b.h;
    } else {
      current.push(b);
      used = needed;
    }
  }
  return parts;
}
