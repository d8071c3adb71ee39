import { MAX_SKILL_LEVEL, SKILLS } from '../../content/vocabulary.ts';
import { labelled, money, t, tx } from '../../i18n/t.ts';
import type { CareerView } from '../../state/views.ts';
import { avatar } from '../../ui/avatar.ts';
import { below, columns, inset, type Rect, sideBySide } from '../../ui/layout.ts';
import { meter } from '../../ui/meter.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';

/** The player's portrait; a skill's name, then its dots (radius, spacing) on the rest of its row. */
const AVATAR = 88;
const SKILL_NAME_W = 250;
const DOT_R = 7;
const DOT_PITCH = 20;
const METER_H = 14;
/** A skill's row of dots, end to end. */
const DOTS_W = (MAX_SKILL_LEVEL - 1) * DOT_PITCH + 2 * DOT_R;
/** The tallest skill row. */
const SKILL_ROW = 34;

/**
 * The office's profile in `side`: the player's rank and pay, the reputation towards the next rank, how far
 * the career has come, and the skills (under the rest, or beside it when there is the room).
 */
export function profilePanel(scene: GameScene, view: CareerView, seed: string, side: Rect): void {
  const layer = scene.services.layer;
  panel(scene, side.x, side.y, side.w, side.h);
  const inner = inset(side, space.pad);
  const skillsW = SKILL_NAME_W + space.s + DOTS_W;
  const beside = !sideBySide(inner, [1, 1], skillsW, space.gap).stacked;
  const { x, w } = beside ? (columns(inner, [1, 1], space.gap)[0] as Rect) : inner;
  avatar(scene, x, inner.y, AVATAR, `player:${seed}`);
  const nameX = x + AVATAR + space.l;
  const name = label(scene, nameX, inner.y + space.s, tx(view.rank.name), {
    bold: true,
    width: x + w - nameX,
    layer,
    tag: 'h2',
  });
  const pay =
    view.rank.salary === null
      ? t('offers.noSalary')
      : t(view.rank.illustrative ? 'offers.salaryIllustrative' : 'offers.salary', {
          n: money(view.rank.salary),
        });
  const payLine = label(scene, nameX, name.y + name.height + space.s, pay, {
    size: 'small',
    width: x + w - nameX,
    color: color.inkSoft,
    layer,
  });
  let y = Math.max(inner.y + AVATAR, payLine.y + payLine.height) + space.l;
  const next = view.nextRank;
  const repText = next
    ? t('hub.reputationTo', { n: view.reputation, next: next.reputation })
    : t('offers.reputation', { n: view.reputation });
  const rep = label(scene, x, y, repText, { size: 'small', bold: true, width: w });
  y = rep.y + rep.height + space.s;
  meter(scene, layer, x, y, w, METER_H, t('hub.reputation'), 'progress').set(
    next ? Math.min(view.reputation, next.reputation) : 1,
    next ? next.reputation : 1,
    repText,
  );
  y += METER_H + space.m;
  if (next) {
    const after = label(scene, x, y, t('hub.nextRank', { rank: tx(next.name) }), {
      size: 'small',
      width: w,
      maxHeight: 52, // two lines
      color: color.inkSoft,
    });
    y = after.y + after.height + space.xs;
  }
  const progress = label(scene, x, y, t('offers.progress', { n: view.played + 1, total: view.length }), {
    size: 'small',
    color: color.inkSoft,
  });
  // The skills under the rest, or beside it when the profile has the room (a phone turned sideways).
  const skillsBox = beside ? columns(inner, [1, 1], space.gap)[1] : inner;
  if (!skillsBox) return;
  y = beside ? skillsBox.y : progress.y + progress.height + space.m;
  const heading = label(scene, skillsBox.x, y, t('offers.skills'), { bold: true, layer, tag: 'h2' });
  const list = below(skillsBox, heading.y + heading.height + space.s);
  const rowH = Math.min(SKILL_ROW, (list.h + space.m) / SKILLS.length);
  const nameW = Math.min(SKILL_NAME_W, list.w - space.s - DOTS_W);
  const dotsX = list.x + nameW + space.s + DOT_R;
  SKILLS.forEach((s, i) => {
    const rowY = list.y + i * rowH;
    // One line each: a long name in large text shrinks rather than wraps into the next row.
    label(scene, list.x, rowY, t(SKILL_NAMES[s]), { size: 'small', maxWidth: nameW });
    for (let k = 0; k < MAX_SKILL_LEVEL; k++) {
      const dot = scene.add.circle(
        dotsX + k * DOT_PITCH,
        rowY + rowH / 2 - space.xs,
        DOT_R,
        k < view.skills[s] ? color.blue : color.card,
      );
      dot.setStrokeStyle(2, k < view.skills[s] ? color.blue : color.line);
    }
    label(scene, 0, 0, labelled(t(SKILL_NAMES[s]), `${view.skills[s]} / ${MAX_SKILL_LEVEL}`), {
      layer,
    }).setVisible(false);
  });
}
