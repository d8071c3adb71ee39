import type { Catalogue, Colleague } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { colleaguesOf } from '../../sim/cast.ts';
import { teamProgress } from '../../sim/teamWork.ts';
import { motionReduced } from '../../ui/appearance.ts';
import type { Button } from '../../ui/button.ts';
import type { Rect } from '../../ui/layout.ts';
import { control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { speaker, speakerHeight } from './speaker.ts';
import { type DeskMotion, deskRowW, teamDesks, teamDesksHeight } from './teamDesks.ts';
import { setWorkPace, type WorkPace, workPace } from './workPace.ts';

/** Where production stands: the team hired, the week on show and the one before it, of how many. */
export interface WorkWeek {
  team: readonly string[];
  week: number;
  before: number;
  weeks: number;
  /** How large the desks are drawn (a tall screen's studio takes the room the decision leaves). */
  scale?: number;
  /** Whether a colleague speaks and the pace controls show (a small phone keeps only the desks). */
  words?: boolean;
}

/** The colleague whose turn it is to speak this week (they take turns), if anyone named is hired. */
function speaking(team: readonly string[], week: number, cat: Catalogue): Colleague | undefined {
  const colleagues = colleaguesOf(team, cat);
  return colleagues[week % Math.max(1, colleagues.length)];
}

/** The height the team at work takes `w` wide (0 with nobody hired). */
export function teamAtWorkHeight(scene: GameScene, at: WorkWeek, w: number, cat: Catalogue): number {
  const work = teamProgress(at.team, at.week, at.weeks, cat);
  if (work.length === 0) return 0;
  const who = at.words === false ? undefined : speaking(at.team, at.week, cat);
  const k = at.scale ?? 1;
  const { desksW, wordsW, beside } = split(work.length, w, k);
  const controls = paced() && at.words !== false ? PACE_W() : 0;
  const words = who ? speakerHeight(scene, who, tx(who.production), wordsW - controls) : 0;
  const talk = Math.max(words, controls ? control.icon : 0);
  const desks = teamDesksHeight(scene, work, desksW, k);
  if (talk === 0) return desks;
  return beside ? Math.max(desks, talk) : desks + space.m + talk;
}

/** What a colleague's words need beside the desks (with the pace controls). */
const WORDS_MIN_W = 420;

/** The desks and the words share a line where both keep their room; otherwise the words go under. */
function split(n: number, w: number, k: number): { desksW: number; wordsW: number; beside: boolean } {
  const desksW = Math.min(deskRowW(n, true, k), w - WORDS_MIN_W - space.gap);
  if (desksW >= deskRowW(n, false, k)) return { desksW, wordsW: w - desksW - space.gap, beside: true };
  return { desksW: w, wordsW: w, beside: false };
}

/** The work plays out (and can be paused or sped up) where motion is allowed. */
const paced = () => !motionReduced();
/** The pace controls' room at the end of the speaking line: two square buttons. */
const PACE_W = () => 2 * control.icon + 2 * space.m;

/**
 * The hired team at their desks in `area`, their work rising week by week, then the colleague whose turn it
 * is this week says something that shows what they are like. Returns the desks' motion, for the pace controls.
 */
export function teamAtWork(scene: GameScene, at: WorkWeek, area: Rect, cat: Catalogue): DeskMotion | null {
  const work = teamProgress(at.team, at.week, at.weeks, cat);
  if (work.length === 0) return null;
  const before = teamProgress(at.team, at.before, at.weeks, cat);
  const k = at.scale ?? 1;
  const { desksW, wordsW, beside } = split(work.length, area.w, k);
  const desksH = teamDesksHeight(scene, work, desksW, k);
  const desks = teamDesks(scene, { ...area, w: desksW, h: desksH }, work, before, cat, workPace(), k);
  const who = at.words === false ? undefined : speaking(at.team, at.week, cat);
  const x = beside ? area.x + desksW + space.gap : area.x;
  const top = beside ? area.y : area.y + desksH + space.m;
  const controls = paced() && at.words !== false ? PACE_W() : 0;
  if (who) speaker(scene, who, tx(who.production), x, top, wordsW - controls, scene.services.layer);
  if (controls) paceControls(scene, desks, x + wordsW - 2 * control.icon - space.m, top);
  return desks;
}

/** Pause (or resume) and speed up, as two square toggles at (x, y). */
function paceControls(scene: GameScene, desks: DeskMotion, x: number, y: number): void {
  const buttons: Button[] = [];
  const go = (pace: WorkPace) => {
    setWorkPace(pace);
    desks.setPace(pace);
    buttons[0]?.setPressed(pace === 'paused');
    buttons[1]?.setPressed(pace === 'fast');
  };
  const size = { y, w: control.icon, h: control.icon, text: '' };
  buttons.push(
    scene.btnPublic({
      ...size,
      x,
      icon: 'pause',
      key: 'work-pause',
      ariaLabel: t('team.pause'),
      pressed: workPace() === 'paused',
      onPress: () => go(workPace() === 'paused' ? 'playing' : 'paused'),
    }),
    scene.btnPublic({
      ...size,
      x: x + control.icon + space.m,
      icon: 'fast-forward',
      key: 'work-faster',
      ariaLabel: t('team.faster'),
      pressed: workPace() === 'fast',
      onPress: () => go(workPace() === 'fast' ? 'playing' : 'fast'),
    }),
  );
}
