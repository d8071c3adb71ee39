import type { Rect } from './layout.ts';

/** The office by rank: a seat at a shared table, a desk of one's own, a team room, a centre. */
export type OfficeLook = 'shared' | 'own' | 'team' | 'centre';

/**
 * Who sits at a seat: the player, the intern's neighbour at the shared table (`people[0]` if there is one), the
 * colleague `people[n]`, or nobody (an empty chair).
 */
export type Sitter = 'player' | 'neighbour' | number | null;

export interface Seat {
  /** The desk top's back edge, and the seat's own scale (px per unit, smaller at the back of the room). */
  top: number;
  s: number;
  bust: Rect;
  chair: Rect;
  screen: Rect;
  who: Sitter;
}

export interface Desk {
  x: number;
  top: number;
  w: number;
  s: number;
}

export interface RoomPlan {
  /** Px per unit at the front of the room, and the back row's scale against it. */
  u: number;
  back: number;
  floorY: number;
  seats: Seat[];
  desks: Desk[];
  windows: Rect[];
  board: Rect | null;
  clock: { x: number; y: number; r: number } | null;
  shelves: { x: number; feet: number; w: number } | null;
  plant: { x: number; feet: number; s: number } | null;
  /** Everything the drawing depends on, for the baked textures' names. */
  key: string;
}

/** The front desk and the bust behind it are 8.5 units tall; under them a margin, above them some wall. */
const FRONT_TALL = 8.5;
const FEET_GAP = 0.5;
const WALL_U = 1.6;
const MARGIN = 0.6;
const BUST = 4.6;
/** A seat is its bust and its screen side by side; the player's screen is the larger (it shows the inbox). */
const SEAT_W = { player: 11.4, colleague: 9.4 } as const;
const SCREEN = { player: { w: 5.8, h: 3.9 }, colleague: { w: 3.8, h: 2.7 } } as const;
/** A desk's top and front panel, down to the floor; a seat from the floor to its chair's top. */
const DESK_H = 3.8;
const SEAT_TALL = 8.5;
/**
 * The desks at the back: their scale against the front (from the most down to the least, as the room needs),
 * how far back the first row stands, the gap between desks, a further row's scale against the row before it.
 */
const BACK_MOST = 0.7;
const BACK_LEAST = 0.3;
const BACK_STEP = 0.05;
const BACK_DEPTH = 2.2;
const BACK_GAP = 0.6;
const FAR = 0.8;
/** The back desks by look, as the rows they can stand in: a centre takes two rows where the box is tall. */
const BACK_ROWS: Record<OfficeLook, number[][]> = {
  shared: [[]],
  own: [[]],
  team: [[3]],
  centre: [[4], [2, 2]],
};
/** The extras beside the desks (the own office's plant, the centre's bookcase), and the air between parts. */
const EXTRA_W = { plant: 3.4, shelves: 4.6 } as const;
const MOST_AIR = 3;
const LEAST_AIR = 1;

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
const rowScale = (k: number, row: number) => k * FAR ** row;
const rowW = (count: number, k: number) => count * SEAT_W.colleague * k + (count - 1) * BACK_GAP;
/** A further row stands half a desk to the right, so its people show between the nearer ones. */
const stagger = (k: number, row: number) => (row ? 0.5 * SEAT_W.colleague * rowScale(k, row) : 0);

function backW(rows: number[], k: number): number {
  return Math.max(0, ...rows.map((n, r) => (n ? rowW(n, rowScale(k, r)) + stagger(k, r) : 0)));
}

/** How far back each row's feet stand, in units from the front desk's feet. */
function rowDepths(rows: number[], k: number): number[] {
  let depth = BACK_DEPTH;
  return rows.map((_, r) => {
    const at = depth;
    depth += SEAT_TALL * rowScale(k, r) + 0.2;
    return at;
  });
}

function seatAt(x: number, top: number, s: number, kind: 'player' | 'colleague', who: Sitter): Seat {
  const screen = SCREEN[kind];
  const bust = { x: x + 0.5 * s, y: top + 0.3 * s - BUST * s, w: BUST * s, h: BUST * s };
  const screenX = x + (SEAT_W[kind] - 0.4 - screen.w) * s;
  const screenY = top + 0.45 * s - 0.9 * s - screen.h * s;
  return {
    top,
    s,
    bust,
    chair: { x: bust.x - 0.5 * s, y: bust.y - 0.6 * s, w: bust.w + 1 * s, h: bust.h + 0.6 * s },
    screen: { x: screenX, y: screenY, w: screen.w * s, h: screen.h * s },
    who,
  };
}

interface Fit {
  u: number;
  k: number;
  rows: number[];
  extra: number;
}

/**
 * The scale that fits: the front desk first keeps the scale that shows the player's screen whole, then the back
 * desks keep theirs, the extras come if there is room, and the larger room wins.
 */
function bestFit(look: OfficeLook, w: number, h: number, frontW: number, uScreen: number): Fit {
  const extraW = look === 'own' ? EXTRA_W.plant : look === 'centre' ? EXTRA_W.shelves : 0;
  let best: (Fit & { score: number }) | null = null;
  for (const rows of BACK_ROWS[look])
    for (const extra of [extraW, 0])
      for (let k = BACK_MOST; k >= BACK_LEAST - 1e-9; k -= rows.length ? BACK_STEP : 1) {
        const parts = [frontW, backW(rows, k), extra].filter((p) => p > 0);
        const depths = rowDepths(rows, k);
        const last = rows.length - 1;
        const backTall = rows.length ? (depths[last] ?? 0) + SEAT_TALL * rowScale(k, last) : 0;
        const heightU = FEET_GAP + Math.max(FRONT_TALL, backTall) + WALL_U;
        const widthU = 2 * MARGIN + sum(parts) + (parts.length - 1) * LEAST_AIR;
        const u = Math.min(h / heightU, w / widthU);
        const score = Math.min(u, uScreen) * 1000 + k * 10 + (extra ? 1 : 0) + u / 1000;
        if (!best || score > best.score) best = { u, k, rows, extra, score };
      }
  return best ?? { u: 1, k: BACK_MOST, rows: [], extra: 0 };
}

/**
 * Where everything of an office goes in a box `w` × `h`, with `people` colleagues to seat. `need` is what the
 * player's screen must hold (the inbox: its icon and number, in px).
 */
export function roomPlan(
  look: OfficeLook,
  w: number,
  h: number,
  people: number,
  need: { w: number; h: number },
): RoomPlan {
  const frontW = look === 'shared' ? 2 * SEAT_W.player + 0.4 : SEAT_W.player;
  const uScreen = Math.max(need.w / (SCREEN.player.w - 1.1), need.h / (SCREEN.player.h - 1));
  const { u, k, rows, extra } = bestFit(look, w, h, frontW, uScreen);
  const back = backW(rows, k);
  // The air left over goes between the parts (a few units at most), the rest to the sides.
  const parts = [frontW, back, extra].filter((p) => p > 0);
  const free = w / u - sum(parts);
  const air = Math.min(MOST_AIR, Math.max(LEAST_AIR, (free - 2 * MARGIN) / (parts.length + 1)));
  let x = ((free - air * (parts.length - 1)) / 2) * u;
  const feet = h - FEET_GAP * u;
  const frontTop = feet - DESK_H * u;
  const seats: Seat[] = [seatAt(x, frontTop, u, 'player', 'player')];
  const desks: Desk[] = [{ x, top: frontTop, w: frontW * u, s: u }];
  if (look === 'shared')
    seats.push(seatAt(x + (SEAT_W.player + 0.4) * u, frontTop, u, 'player', 'neighbour'));
  x += (frontW + air) * u;
  const depths = rowDepths(rows, k);
  let sitter = 0;
  let floorY = feet - 2.8 * u;
  rows.forEach((count, r) => {
    const s = rowScale(k, r) * u;
    const rowFeet = feet - (depths[r] ?? 0) * u;
    const top = rowFeet - DESK_H * s;
    let rx = x + stagger(k, r) * u;
    for (let i = 0; i < count; i++, sitter++) {
      seats.push(seatAt(rx, top, s, 'colleague', sitter < people ? sitter : null));
      desks.push({ x: rx, top, w: SEAT_W.colleague * s, s });
      rx += SEAT_W.colleague * s + BACK_GAP * u;
    }
    floorY = rowFeet - 0.6 * s;
  });
  const backX = x;
  if (back) x += (back + air) * u;
  const plant = extra && look === 'own' ? { x: x + (EXTRA_W.plant / 2) * u, feet, s: u } : null;
  const shelves =
    extra && look === 'centre' ? { x, feet: feet - BACK_DEPTH * u, w: EXTRA_W.shelves * u } : null;
  const front = seats[0] as Seat;
  const wall = { top: 0.7 * u, bottom: floorY - 1.1 * u };
  const windowAt = (cx: number): Rect[] => {
    const ww = Math.min(4.6 * u, w - 1.2 * u);
    const wx = Math.max(0.6 * u, Math.min(w - 0.6 * u - ww, cx - ww / 2));
    return wall.bottom - wall.top >= 2.4 * u
      ? [{ x: wx, y: wall.top, w: ww, h: wall.bottom - wall.top }]
      : [];
  };
  const frontDesk = desks[0] as Desk;
  const screenMid = front.screen.x + front.screen.w / 2;
  const deskMid = frontDesk.x + frontDesk.w / 2;
  const windows =
    look === 'centre'
      ? shelves
        ? windowAt(shelves.x + shelves.w / 2)
        : []
      : [
          ...windowAt(look === 'shared' ? deskMid : plant ? plant.x : screenMid),
          ...(look === 'team' ? windowAt(backX + (back * u) / 2) : []),
        ];
  // The centre's sign hangs over the player's desk, clear of their chair and screen.
  const boardH = Math.min(2.4 * u, Math.min(front.chair.y, front.screen.y, floorY) - 1.1 * u);
  const boardW = Math.min(9 * u, frontDesk.w - u);
  const board =
    look === 'centre' && boardH >= 1.2 * u
      ? { x: deskMid - boardW / 2, y: 0.6 * u, w: boardW, h: boardH }
      : null;
  const above = Math.min(front.chair.y, floorY - 0.5 * u);
  const clockR = Math.min(0.9 * u, (above - 0.8 * u) / 2);
  const clock =
    look !== 'centre' && clockR >= 0.5 * u
      ? { x: front.bust.x + front.bust.w / 2, y: above / 2, r: clockR }
      : null;
  const key = `${look}:${w}x${h}:${u.toFixed(2)}:${k.toFixed(2)}:${rows.length}:${extra}`;
  return { u, back: k, floorY, seats, desks, windows, board, clock, shelves, plant, key };
}
