import { labelled, t } from '../../i18n/t.ts';
import { below, columns, inset, place, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';

/** The session's QR code, as large as the left panel lets it be up to this size. */
const QR_MAX = 240;

/**
 * The session's code, its plan and how to join: one under the other with the QR code between (a column),
 * or side by side, the QR code in the middle (a row); `box` only as high as they need for a row, or when
 * told to `fit`. Returns its height.
 */
export function joinPanel(
  scene: GameScene,
  box: Rect,
  code: string,
  plan: string,
  url: string,
  row: boolean,
  fit = false,
): number {
  const layer = scene.services.layer;
  const [textCol, qrCol, joinCol] = row
    ? (columns(inset(box, space.gap, space.pad), [3, 2, 3], space.gap) as [Rect, Rect, Rect])
    : [inset(box, space.gap, space.pad), null, null];
  const left = textCol;
  const caption = label(scene, left.x, left.y, t('teacher.sessionCode'), {
    size: 'small',
    bold: true,
    color: color.inkSoft,
  });
  const shown = label(scene, left.x, caption.y + caption.height, code, {
    size: 'display',
    bold: true,
    layer,
    maxWidth: left.w - code.length * space.s,
  });
  shown.setLetterSpacing(space.s);
  const twin = shown.getData('twin') as HTMLElement | undefined;
  if (twin) {
    twin.dataset.sessionCode = code;
    twin.textContent = labelled(t('teacher.sessionCode'), code);
  }
  const planned = label(scene, left.x, shown.y + shown.height + space.m, plan, {
    size: 'small',
    width: left.w,
    layer,
  });
  const foot = joinCol ?? left;
  const join = label(scene, foot.x, foot.y, t('teacher.join'), {
    size: 'small',
    bold: true,
    width: foot.w,
    layer,
  });
  // The address breaks before its query, where a reader copying it by hand expects a pause.
  const address = label(scene, foot.x, join.y + join.height + space.xs, url.replace('?', '\n?'), {
    size: 'small',
    width: foot.w,
    color: color.inkSoft,
    layer,
  });
  if (qrCol) {
    const textH = Math.max(planned.y + planned.height, address.y + address.height) - box.y;
    const h = Math.max(textH, Math.min(QR_MAX, qrCol.w)) + space.pad;
    const side = Math.min(QR_MAX, qrCol.w, h - 2 * space.pad);
    qrCode(scene, place(qrCol, 'center', side).x, box.y + (h - side) / 2, side, url);
    panel(scene, box.x, box.y, box.w, h).setDepth(-1);
    return h;
  }
  // How to join sits at the panel's foot; the QR code takes the room between (all it may, when the
  // panel is as tall as it needs).
  const end = fit
    ? planned.y + planned.height + 2 * space.l + QR_MAX + join.height + space.xs + address.height
    : left.y + left.h;
  address.setY(end - address.height);
  join.setY(address.y - join.height - space.xs);
  const room = below(left, planned.y + planned.height + space.l);
  const qrSide = Math.min(QR_MAX, room.w, join.y - space.l - room.y);
  qrCode(
    scene,
    place(room, 'center', qrSide).x,
    room.y + (join.y - space.l - room.y - qrSide) / 2,
    qrSide,
    url,
  );
  const h = end + space.pad - box.y;
  panel(scene, box.x, box.y, box.w, h).setDepth(-1);
  return h;
}
