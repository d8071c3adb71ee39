import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/ui/layout.ts';
import { type OfficeLook, roomPlan } from '../../../src/ui/officeLayout.ts';

const LOOKS: OfficeLook[] = ['shared', 'own', 'team', 'centre'];
/** The boxes the office is drawn in, from a thumbnail to the hub's widest. */
const BOXES = [
  [260, 110],
  [358, 171],
  [476, 266],
  [656, 410],
  [1040, 480],
] as const;
/** What the player's screen must hold: the inbox's icon and a two-digit number at 16 px. */
const INBOX = { w: 44, h: 22 };

const within = (r: Rect, w: number, h: number) =>
  r.x >= -0.01 && r.y >= -0.01 && r.x + r.w <= w + 0.01 && r.y + r.h <= h + 0.01;

describe('the office plan', () => {
  for (const look of LOOKS)
    for (const [w, h] of BOXES)
      it(`keeps a ${look} office ${w}×${h} inside its box`, () => {
        const plan = roomPlan(look, w, h, 4, INBOX);
        for (const seat of plan.seats) {
          expect(within(seat.chair, w, h)).toBe(true);
          expect(within(seat.screen, w, h)).toBe(true);
        }
        for (const desk of plan.desks)
          expect(within({ x: desk.x, y: desk.top, w: desk.w, h: 3.8 * desk.s }, w, h)).toBe(true);
        for (const win of plan.windows) expect(within(win, w, h)).toBe(true);
        if (plan.board) expect(within(plan.board, w, h)).toBe(true);
      });

  it('gives the player a screen large enough for the inbox, even in the smallest box', () => {
    for (const look of LOOKS) {
      const screen = roomPlan(look, 260, 110, 4, INBOX).seats[0]?.screen;
      expect(screen?.w).toBeGreaterThan(INBOX.w);
      expect(screen?.h).toBeGreaterThan(INBOX.h);
    }
  });

  it('seats the intern beside a neighbour, and a team or a centre with its empty desks', () => {
    expect(roomPlan('shared', 520, 230, 0, INBOX).seats.map((s) => s.who)).toEqual(['player', 'neighbour']);
    expect(roomPlan('own', 520, 230, 3, INBOX).seats.map((s) => s.who)).toEqual(['player']);
    expect(roomPlan('team', 520, 230, 0, INBOX).seats.map((s) => s.who)).toEqual([
      'player',
      null,
      null,
      null,
    ]);
    expect(roomPlan('centre', 1040, 480, 2, INBOX).seats.map((s) => s.who)).toEqual([
      'player',
      0,
      1,
      null,
      null,
    ]);
  });
});
