// The open scanner: loaded with the camera and the QR code reader when the teacher first opens it.
import type * as Phaser from 'phaser';
import { codeInPayload, ScanFeed } from '../../state/scanFeed.ts';
import type { CameraProblem } from '../../ui/camera.ts';
import type { Rect } from '../../ui/layout.ts';
import { type RunningScanner, startScanner } from '../../ui/qrScanner.ts';
import type { ScanHost, ScanKit } from './scannerPanel.ts';
import type { ScanLine, ScanSession } from './scanSession.ts';

/** The camera's picture is about this shape (4:3): its box is fitted to it, the rest left to the words. */
const VIDEO_RATIO = 4 / 3;
/** A code out of view this long, then shown again, is read again (and refused as already counted). */
const FORGET_MS = 3000;

/** The element the camera plays in, laid over the canvas (hidden from screen readers: the status says it all). */
export function scannerVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  video.setAttribute('aria-hidden', 'true');
  video.dataset.scanner = 'video';
  Object.assign(video.style, { objectFit: 'contain', borderRadius: '16px' });
  return video;
}

/** Opens the camera into `video` and hands on each code that comes into view (once while it stays there). */
export async function startReading(
  video: HTMLVideoElement,
  onCode: (code: string) => void,
  onFail: (problem: CameraProblem) => void,
): Promise<RunningScanner | CameraProblem> {
  const feed = new ScanFeed(FORGET_MS);
  const running = await startScanner(
    video,
    (texts) => {
      for (const code of feed.fresh(texts.map(codeInPayload), performance.now())) onCode(code);
    },
    onFail,
  );
  if (typeof running !== 'string') video.dataset.reader = running.native ? 'native' : 'worker';
  return running;
}

const countOf = (host: ScanHost) => {
  const mode = host.scene.services.mode;
  return mode.kind === 'teacher' ? mode.teacher.getState().accepted.length : 0;
};

/** Where the video goes on the screen as now laid out (its element kept, so it plays on). */
function placeVideo(host: ScanHost, video: HTMLVideoElement | null, at: Rect, { hex, color }: ScanKit): void {
  if (!video) return;
  video.style.background = hex(color.ink);
  if (!video.isConnected) host.scene.services.layer.place(video, at);
  else
    Object.assign(video.style, {
      left: `${at.x}px`,
      top: `${at.y}px`,
      width: `${at.w}px`,
      height: `${at.h}px`,
    });
}

/** What the status line says of a scanner's line (and, for screen readers, the count after a new code). */
function lineWords(host: ScanHost, line: ScanLine, { t }: ScanKit): { shown: string; heard: string } {
  const count = t('teacher.count', { n: countOf(host) });
  switch (line.kind) {
    case 'starting':
      return { shown: t('scan.starting'), heard: t('scan.starting') };
    case 'ready':
      return { shown: t('scan.ready'), heard: t('scan.ready') };
    case 'accepted': {
      const shown = t('scan.accepted', { code: line.code });
      return { shown, heard: `${shown} ${count}.` };
    }
    case 'refused': {
      const shown = host.refusal(line.refusal);
      return { shown, heard: `${shown} ${count}.` };
    }
  }
}

/**
 * The open scanner in the codes panel (`right`, inside its edges): what to do, the camera's picture, the
 * button that closes it, the count of results and a status line saying each new code or refusal. Beside:
 * the picture on the left, the rest at its right; else one under the other.
 */
export function drawScanner(
  host: ScanHost,
  right: Rect,
  beside: boolean,
  scanner: ScanSession,
  kit: ScanKit,
): void {
  const { t, label, setFitted, setLabel, icon, columns, place, actionW, color, control, hex, iconPx, space } =
    kit;
  const { scene } = host;
  const layer = scene.services.layer;
  const [pictureCol, after] = beside ? (columns(right, [3, 2], space.gap) as [Rect, Rect]) : [right, right];
  const help = label(scene, pictureCol.x, pictureCol.y, t('scan.help'), {
    size: 'small',
    bold: true,
    width: pictureCol.w,
    layer,
  });
  const top = help.y + help.height + space.m;
  const probe = label(scene, 0, 0, 'X\nX', { size: 'small' });
  const twoLines = probe.height;
  probe.destroy();
  const count = label(scene, 0, 0, t('teacher.count', { n: countOf(host) }), { bold: true, layer });
  count.setOrigin(0, 0.5);
  const closeW = Math.min(actionW.other, after.w);
  // The count beside the button where it fits, else under it.
  const besideClose = closeW + space.gap + iconPx.heading + space.m + count.width <= after.w;
  const under = control.h + space.l + (besideClose ? 0 : iconPx.heading + space.l) + twoLines;
  const bottom = beside ? right.y + right.h : right.y + right.h - under - space.l;
  const room = { x: pictureCol.x, y: top, w: pictureCol.w, h: Math.max(bottom - top, iconPx.art) };
  const w = Math.min(room.w, room.h * VIDEO_RATIO);
  placeVideo(host, scanner.video, { ...place(room, 'center', w), h: Math.min(room.h, w / VIDEO_RATIO) }, kit);

  const rowY = beside ? right.y : room.y + Math.min(room.h, w / VIDEO_RATIO) + space.l;
  const close = place({ ...after, y: rowY }, 'start', closeW, control.h);
  scene.btnPublic({
    ...close,
    key: 'scanner',
    text: t('scan.close'),
    icon: 'x',
    onPress: () => {
      scanner.close();
      host.redraw();
    },
  });
  const countX = besideClose ? close.x + close.w + space.gap : after.x;
  const countMid = besideClose ? close.y + close.h / 2 : close.y + close.h + space.m + iconPx.heading / 2;
  icon(scene, countX + iconPx.heading / 2, countMid, 'users', color.blue, iconPx.heading);
  count.setPosition(countX + iconPx.heading + space.m, countMid);
  const countTwin = count.getData('twin') as HTMLElement | undefined;

  const lineTop = besideClose ? close.y + close.h + space.l : countMid + iconPx.heading / 2 + space.l;
  const textX = after.x + iconPx.text + space.m;
  const maxH = Math.max(twoLines, right.y + right.h - lineTop);
  const status = label(scene, textX, lineTop, '', { size: 'small', width: after.x + after.w - textX, layer });
  const statusTwin = status.getData('twin') as HTMLElement | undefined;
  statusTwin?.setAttribute('role', 'status');
  let mark: Phaser.GameObjects.GameObject | null = null;

  const show = () => {
    const n = countOf(host);
    setLabel(count, t('teacher.count', { n }));
    if (countTwin) countTwin.dataset.classCount = String(n);
    const line = scanner.line;
    const words = lineWords(host, line, kit);
    setFitted(status, words.shown, 'small', maxH);
    if (statusTwin) {
      statusTwin.textContent = words.heard;
      statusTwin.dataset.scanLine = line.kind;
    }
    mark?.destroy();
    const good = line.kind === 'accepted';
    const bad = line.kind === 'refused';
    mark =
      good || bad
        ? icon(
            scene,
            after.x + iconPx.text / 2,
            lineTop + iconPx.text / 2,
            good ? 'circle-check' : 'circle-x',
            good ? color.green : color.vermilion,
            iconPx.text,
          )
        : null;
    status.setColor(hex(bad ? color.vermilion : color.ink));
  };
  show();
  scanner.onUpdate(show);
}
