import type * as Phaser from 'phaser';
import type { Mission } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import { icon } from '../../ui/icons.ts';
import { columns, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { move, moveTo } from './hoursDraft.ts';

/** The arrow buttons' height, and a row's parts: the grip, the number's disc, the name (from the row's left). */
const STEP_BTN_H = 52;
const GRIP_X = 28;
const GRIP_PX = 24;
const NUMBER_X = 72;
const NUMBER_R = 18;
const NAME_X = 104;
/** The least width a sequence's name keeps beside its number. */
const NAME_MIN_W = 120;
/** The hint goes beside the rows when it gets this much room, else on the title's line or under it. */
const HINT_MIN_W = 240;
/** A row narrower than this drops its grip (it still drags) so the name keeps room. */
const ROW_WITH_GRIP_W = 400;

/**
 * The storyboard's sequences in their order: rows that drag, each with arrow buttons for the keyboard.
 * When they would be too low one under the other (a phone turned sideways) they go in two columns.
 */
export function storyboard(
  scene: GameScene,
  area: Rect,
  mission: Mission,
  order: string[],
  reorder: (next: string[]) => void,
): void {
  const layer = scene.services.layer;
  const title = label(scene, area.x, area.y, t('design.storyboardTitle'), {
    size: 'h2',
    bold: true,
    width: area.w,
    layer,
    tag: 'h2',
  });
  const under = Math.max(area.y + 52, title.y + title.height + space.s);
  const arrowsW = 2 * control.icon + space.l;
  // Wide: the rows, their arrow buttons, then the hint at the right.
  const [rowsCol, arrowsCol, hintCol] = columns({ ...area, y: under }, [700, 128, 292], space.gap) as [
    Rect,
    Rect,
    Rect,
  ];
  const hint = (x: number, y: number, w: number) =>
    label(scene, x, y, t('design.dragHint'), { size: 'small', width: w, color: color.inkSoft });
  let top = under;
  let story: Rect;
  if (hintCol.w >= HINT_MIN_W) {
    hint(hintCol.x, top + space.s, hintCol.w);
    story = { ...rowsCol, w: arrowsCol.x + arrowsCol.w - rowsCol.x };
  } else {
    const besideX = title.x + title.width + space.gap;
    if (title.height < 2 * space.gap && area.x + area.w - besideX >= HINT_MIN_W)
      hint(besideX, title.y + space.s, area.x + area.w - besideX);
    else {
      const below = hint(area.x, top - space.xs, area.w);
      const after = below.y + below.height + space.m;
      // The hint gives way where the rows would not fit under it (the largest text on a small phone): the
      // arrows say as much.
      const columnsThere = (area.w - space.gap) / 2 - arrowsW - space.gap - NAME_X >= NAME_MIN_W ? 2 : 1;
      const least = Math.ceil(order.length / columnsThere) * (control.touch + space.s);
      if (area.y + area.h - after >= least) top = after;
      else below.destroy();
    }
    story = { ...area, y: top, h: area.y + area.h - top };
  }
  const n = order.length;
  const room = area.y + area.h - top;
  // Two columns where one is too low for every row, but only where half the width still holds a name.
  const halfRow = (story.w - space.gap) / 2 - arrowsW - space.gap;
  const twoFit = halfRow - NAME_X >= NAME_MIN_W;
  const oneColumn = room / n >= control.touch + space.s || !twoFit;
  const perColumn = oneColumn ? n : Math.ceil(n / 2);
  const rowH = Math.max(control.touch + space.s, Math.min(n > 5 ? 66 : 76, room / perColumn));
  // Numbered down the first column, then down the second; each row a panel with a little room under it.
  const cols = columns(story, oneColumn ? [1] : [1, 1], space.gap);
  const at = (i: number): Rect => {
    const col = cols[Math.floor(i / perColumn)] as Rect;
    return { ...col, y: top + (i % perColumn) * rowH, h: rowH };
  };
  const btnH = Math.min(STEP_BTN_H, rowH - space.xs);
  const mid = (rowH - space.m) / 2;
  const place = (i: number) => {
    const cell = at(i);
    const [rows, arrows] = columns(cell, [cell.w - arrowsW - space.gap, arrowsW], space.gap) as [Rect, Rect];
    const grip = rows.w >= ROW_WITH_GRIP_W;
    return { cell, rows, arrows, grip, shift: grip ? 0 : GRIP_X + GRIP_PX / 2 - space.l };
  };
  const sequences = order.flatMap((id) => mission.sequences.filter((s) => s.id === id));
  const nameTexts = sequenceNames(
    scene,
    sequences.map((seq, i) => {
      const { rows, shift } = place(i);
      return { x: rows.x + NAME_X - shift, text: tx(seq.name), width: rows.w - NAME_X + shift - space.l };
    }),
    rowH - space.m,
  );
  sequences.forEach((seq, i) => {
    const { cell, rows, arrows, grip, shift } = place(i);
    const name = tx(seq.name);
    const row = scene.add.container(0, cell.y);
    const nameText = nameTexts[i] as Phaser.GameObjects.Text;
    row.add([
      panel(scene, rows.x, 0, rows.w, rowH - space.m),
      ...(grip ? [icon(scene, rows.x + GRIP_X, mid, 'grip-vertical', color.inkSoft, GRIP_PX)] : []),
      scene.add.circle(rows.x + NUMBER_X - shift, mid, NUMBER_R, color.blue),
      label(scene, rows.x + NUMBER_X - shift, mid - 14, String(i + 1), {
        bold: true,
        color: color.card,
        align: 'center',
      }),
      nameText,
    ]);
    label(scene, 0, 0, `${i + 1}. ${name}`, { layer }).setVisible(false);
    draggable(scene, row, rows, i, rowH, n, at, (to) => reorder(moveTo(order, i, to)));
    const btnY = cell.y + Math.max(0, (rowH - control.h) / 2);
    scene.btnPublic({
      x: arrows.x,
      y: btnY,
      w: control.icon,
      h: btnH,
      text: '',
      icon: 'arrow-up',
      key: `up-${seq.id}`,
      ariaLabel: t('design.up', { name }),
      onPress: () => reorder(move(order, i, -1)),
    });
    scene.btnPublic({
      x: arrows.x + arrows.w - control.icon,
      y: btnY,
      w: control.icon,
      h: btnH,
      text: '',
      icon: 'arrow-down',
      key: `down-${seq.id}`,
      ariaLabel: t('design.down', { name }),
      onPress: () => reorder(move(order, i, 1)),
    });
  });
}

/** Lets a storyboard row be dragged by mouse or finger; dropped nearer another place, it moves there. */
function draggable(
  scene: GameScene,
  row: Phaser.GameObjects.Container,
  rows: Rect,
  index: number,
  rowH: number,
  count: number,
  at: (i: number) => Rect,
  onDrop: (to: number) => void,
): void {
  const home = at(index);
  const zone = scene.add.zone(rows.x, home.y, rows.w, rowH - space.m).setOrigin(0);
  zone.setInteractive({ draggable: true, cursor: 'grab' });
  const places = Array.from({ length: count }, (_, i) => at(i));
  const first = places[0] as Rect;
  const last = places.reduce((a, b) => (b.y > a.y ? b : a));
  zone.on('drag', (_p: Phaser.Input.Pointer, dragX: number, dragY: number) => {
    const dx = places.some((p) => p.x !== home.x) ? dragX - rows.x : 0;
    row.setPosition(dx, Math.max(first.y - rowH / 2, Math.min(last.y + rowH / 2, dragY)));
    row.setDepth(2);
  });
  zone.on('dragend', () => {
    const x = home.x + row.x;
    const near = (p: Rect) => Math.hypot(p.x - x, p.y - row.y);
    const to = places.reduce((best, p, i) => (near(p) < near(places[best] as Rect) ? i : best), 0);
    if (to !== index) onDrop(to);
    else row.setPosition(0, home.y);
    zone.setY(home.y);
  });
}

/**
 * The sequences' names, each centred in its row's panel: all in the body size where each fits, else all in the
 * secondary size (two lines of it fit a phone's low rows), so every name is read whole and alike.
 */
function sequenceNames(
  scene: Phaser.Scene,
  names: { x: number; text: string; width: number }[],
  panelH: number,
): Phaser.GameObjects.Text[] {
  const draw = (small: boolean) =>
    names.map((n) =>
      label(scene, n.x, 0, n.text, {
        bold: true,
        width: n.width,
        ...(small ? { size: 'small' as const, maxHeight: panelH - space.xs } : {}),
      }),
    );
  let texts = draw(false);
  if (texts.some((text) => text.height > panelH - space.s)) {
    for (const text of texts) text.destroy();
    texts = draw(true);
  }
  return texts.map((text) => text.setY(Math.max(0, (panelH - text.height) / 2)));
}
