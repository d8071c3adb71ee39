import type { CastMember, Effects, GameEvent } from '../../content/types.ts';
import { labelled, t, tx } from '../../i18n/t.ts';
import { optionOpen } from '../../sim/choose.ts';
import { motionReduced, textPx } from '../../ui/appearance.ts';
import { avatar } from '../../ui/avatar.ts';
import { type IconName, icon } from '../../ui/icons.ts';
import { columns, grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, LINE, motion, size, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { SKILL_NAMES } from '../names.ts';

export interface DecisionCardOptions {
  event: GameEvent;
  chosen: string | null;
  onChoose: (option: string) => void;
  /** Opens the button kit of the scene (it clicks, and makes the accessible twin). */
  btn: GameScene['btnPublic'];
  /** The card's heading icon: a calendar for production weeks, an alert for a live hitch. */
  icon: IconName;
  /** Who brings the news: their portrait takes the icon's place and the story is in their words. */
  teller?: CastMember;
}

/** The teller's portrait at the heading's start. */
const TELLER_PX = 48;

/** Options go one under the other when side by side they would be narrower than this. */
const OPTION_MIN_W = 260;
/** An option's height at the most: stacked (one line of room across) or side by side (narrow, so taller). */
const STACKED_H = 72;
const SIDE_H = 136;
/** The heading's and the text's most height, in lines of their text. */
const TITLE_LINES = 2;
const TEXT_LINES = 3;
/**
 * A box lower than this (a phone sideways) but at least TWO_COLUMNS_W wide puts the story (heading, text,
 * outcome) in a column on the left and the options in one on the right.
 */
const TWO_COLUMNS_H = 360;
const TWO_COLUMNS_W = 600;

/** Whether an outcome helped, hurt or did both: shown with a shape and a colour, never a colour alone. */
function tone(effects: Effects): { icon: IconName; color: number } {
  const values = Object.values(effects.indicators ?? {});
  const up = values.some((v) => v > 0);
  const down = values.some((v) => v < 0) || (effects.cost ?? 0) > 0 || (effects.weeks ?? 0) > 0;
  if (up && !down) return { icon: 'circle-check', color: color.green };
  if (down && !up) return { icon: 'circle-x', color: color.vermilion };
  return { icon: 'triangle-alert', color: color.orange };
}

/**
 * The height of n lines of text of a size as designed: larger text settings shrink the heading and the
 * text back into it, so the options and the outcome keep their room.
 */
function linesHigh(scene: GameScene, kind: 'h2' | 'body', n: number): number {
  const probe = label(scene, 0, 0, Array.from({ length: n }, () => 'Mg').join('\n'), {
    size: kind,
    bold: kind === 'h2',
  });
  const h = Math.ceil((probe.height * size[kind]) / textPx(kind));
  probe.destroy();
  return h;
}

/**
 * One event or live step in a box: what happens, the two or three ways to react (side by side when the box
 * is wide, stacked when it is narrow), then what followed.
 */
export function decisionCard(scene: GameScene, box: Rect, o: DecisionCardOptions): void {
  const { event, chosen } = o;
  const s = scene.services;
  const firstChild = scene.children.length;
  panel(scene, box.x, box.y, box.w, box.h);
  const inner = inset(box, space.gap);
  const twoColumns = box.h < TWO_COLUMNS_H && inner.w >= TWO_COLUMNS_W;
  const [story, choices] = twoColumns ? (columns(inner, [2, 3], space.gap) as [Rect, Rect]) : [inner, inner];
  const markPx = o.teller ? TELLER_PX : iconPx.heading;
  const headMid = box.y + space.pad + markPx / 2;
  const iconX = box.x + space.pad + markPx / 2;
  if (o.teller) avatar(scene, box.x + space.pad, box.y + space.pad - space.xs, TELLER_PX, o.teller.id);
  else icon(scene, iconX, headMid, o.icon, o.icon === 'calendar' ? color.orange : color.vermilion, markPx);
  const titleX = iconX + markPx / 2 + space.l;
  const title = label(scene, titleX, box.y + space.pad, tx(event.title), {
    size: 'h2',
    bold: true,
    width: story.x + story.w - titleX,
    maxHeight: linesHigh(scene, 'h2', TITLE_LINES),
    layer: s.layer,
    tag: 'h2',
  });
  // The text starts below the heading's icon row, or below a heading that wrapped.
  const textTop = Math.max(
    title.y + title.height + space.m,
    headMid + (o.teller ? markPx / 2 : iconPx.heading) + space.m,
  );
  const told = o.teller ? labelled(o.teller.name, tx(event.text)) : tx(event.text);
  const text = label(scene, story.x, textTop, told, {
    width: story.w,
    maxHeight: linesHigh(scene, 'body', TEXT_LINES),
    layer: s.layer,
  });
  const run = s.store.getState().run;
  const n = event.options.length;
  const stacked = twoColumns || inner.w / n < OPTION_MIN_W;
  const optionsTop = twoColumns ? choices.y : text.y + text.height + space.l + space.xs;
  const area = { ...choices, y: optionsTop, h: choices.y + choices.h - optionsTop };
  // Below the text, stacked options leave room under them for two lines of outcome, the same before and
  // after the choice; beside the story, they share the column's height.
  const outcomeRoom = twoColumns ? 0 : 2 * Math.ceil(textPx('body') * LINE) + space.l;
  const fitH = Math.floor((area.h - outcomeRoom + space.m) / n - space.m);
  const cells = stacked
    ? grid(area, n, 1, space.m, Math.max(control.touch, Math.min(STACKED_H, fitH)))
    : grid(area, n, n, space.l, Math.max(control.touch, Math.min(SIDE_H, area.h - outcomeRoom)));
  event.options.forEach((option, i) => {
    const open = !!run && optionOpen(option, run.skills, run.team, s.catalogue);
    const lock = option.needs
      ? t('production.locked', { skill: t(SKILL_NAMES[option.needs.skill]), level: option.needs.level })
      : undefined;
    o.btn({
      ...(cells[i] as Rect),
      variant: 'choice',
      compact: true,
      text: tx(option.text),
      detail: lock,
      key: `option-${event.id}-${option.id}`,
      pressed: chosen === option.id,
      unavailable: (!!chosen && chosen !== option.id) || !open,
      sound: 'select',
      onPress: () => {
        if (chosen || !open) return s.audio.play('error');
        o.onChoose(option.id);
      },
    });
  });
  const lastCell = cells[cells.length - 1] ?? area;
  const top = twoColumns ? text.y + text.height + space.m : lastCell.y + lastCell.h + space.pad;
  const picked = event.options.find((x) => x.id === chosen);
  if (picked) {
    const mood = tone(picked.effects);
    const moodX = story.x + (twoColumns ? iconPx.text / 2 : space.l);
    icon(scene, moodX, top + iconPx.text / 2, mood.icon, mood.color, iconPx.text);
    const outcomeX = moodX + iconPx.text / 2 + space.m;
    label(scene, outcomeX, top, tx(picked.outcome), {
      width: story.x + story.w - outcomeX,
      bold: true,
      maxHeight: box.y + box.h - top - space.l,
      layer: s.layer,
    });
    s.layer.announce(tx(picked.outcome));
  } else if (!motionReduced()) {
    // A new card slides up into place (its outcome, once chosen, simply appears).
    const parts = scene.children.list.slice(firstChild) as unknown as { y: number }[];
    scene.tweens.add({ targets: parts, y: `-=${space.pad}`, duration: motion.normal, ease: 'Quad.easeOut' });
    for (const p of parts) p.y += space.pad;
  }
}
