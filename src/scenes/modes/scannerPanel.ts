import * as Phaser from 'phaser';
import { type StringKey, t } from '../../i18n/t.ts';
import type { Refusal } from '../../sim/classroom/pastedCodes.ts';
import type { CameraProblem } from '../../ui/camera.ts';
import { icon } from '../../ui/icons.ts';
import { actionW, columns, place, type Rect } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { label, setFitted, setLabel } from '../../ui/text.ts';
import { color, control, hex, iconPx, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { scanner } from './scanSession.ts';

const PROBLEMS: Record<CameraProblem, StringKey> = {
  denied: 'scan.denied',
  absent: 'scan.absent',
  insecure: 'scan.insecure',
  failed: 'scan.failed',
};

/** The scanner's button keeps its name beside "Add the codes" from this width; narrower, its icon alone. */
const SCAN_W = 200;

/** What the scanner asks of the teacher's screen that shows it. */
export interface ScanHost {
  scene: GameScene;
  /** Lays the screen out again. */
  redraw(): void;
  /** A refused code and why, as the screen says it for typed codes. */
  refusal(r: Refusal): string;
}

const teacherOf = (scene: GameScene) => {
  const mode = scene.services.mode;
  return mode.kind === 'teacher' ? mode.teacher : null;
};
const _countOf = (scene: GameScene) => teacherOf(scene)?.getState().accepted.length ?? 0;

/** Ties the scanner to the screen for its lifetime: the camera stays on across redraws, off once it is left. */
export function followScanner(host: ScanHost): void {
  const { audio } = host.scene.services;
  scanner.attach({
    add: (text) => teacherOf(host.scene)?.getState().addCodes(text) ?? null,
    play: (id) => audio.play(id),
    redraw: host.redraw,
  });
  onShutdown(host.scene, () => scanner.detach());
}

/** How wide the scanner's button is beside "Add the codes", in a row `room` wide. */
export const scanButtonW = (room: number): number =>
  room >= actionW.other + space.gap + SCAN_W ? SCAN_W : control.h;

/** The button that opens the scanner (its icon alone where narrow: its name is then in its aria-label). */
export function scanButton(host: ScanHost, at: Rect): void {
  host.scene.btnPublic({
    ...at,
    key: 'scanner',
    text: at.w < SCAN_W ? '' : t('scan.open'),
    icon: 'qr-code',
    ariaLabel: t('scan.openLong'),
    onPress: () => scanner.start(),
  });
}

/** The codes box's label once the camera could not be used: why, and how to type or paste the codes instead. */
export function codesLabel(): string | null {
  const p = scanner.problem;
  return p ? `${t(PROBLEMS[p])} ${t('scan.typeInstead', { add: t('teacher.add') })}` : null;
}

/** Right after the camera failed, the codes box takes the focus (its label says why and what to do). */
export function afterScanProblem(host: ScanHost, codesBox: HTMLElement): void {
  const p = scanner.problem;
  if (!p) return;
  codesBox.dataset.scanProblem = p;
  if (performance.now() > scanner.focusCodesUntil) return;
  // Once the screen has given the focus back where it was before the redraw.
  host.scene.events.once(Phaser.Scenes.Events.CREATE, () => codesBox.focus({ preventScroll: true }));
}

/**
 * What the open scanner draws with, handed to its chunk rather than imported there: a chunk that imports the
 * kit makes the bundler split the kit off the main bundle into a chunk of its own (rolldown issue 10731).
 */
const KIT = {
  t,
  label,
  setFitted,
  setLabel,
  icon,
  columns,
  place,
  actionW,
  color,
  control,
  hex,
  iconPx,
  space,
};
export type ScanKit = typeof KIT;

/** The open scanner in the codes panel (`right`, inside its edges), drawn by its own chunk (scannerView.ts). */
export function scannerView(host: ScanHost, right: Rect, beside: boolean): void {
  scanner.parts?.drawScanner(host, right, beside, scanner, KIT);
}
