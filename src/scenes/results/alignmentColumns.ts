import type { Card } from '../../content/types.ts';
import { labelled, listed, t, tx } from '../../i18n/t.ts';
import type { AlignmentRow } from '../../state/designView.ts';
import { icon } from '../../ui/icons.ts';
import { label } from '../../ui/text.ts';
import { color, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import type { Block, Drawn } from '../parts/flow.ts';
import { MARK, markedLine } from './blocks.ts';

/** Below this width the three columns become one: each objective over its activities and its assessment. */
const THREE_COLUMNS = 520;
/** The arrow that links a column to the next. */
const LINK_W = 28;

type Column = 'review.objectives' | 'review.activities' | 'review.assessment';
const COLUMNS: readonly Column[] = ['review.objectives', 'review.activities', 'review.assessment'];

/** The x and width of each of the three columns, the links' room between them. */
function columnsIn(x: number, w: number): { x: number; w: number }[] {
  const colW = (w - 2 * LINK_W) / 3;
  return COLUMNS.map((_, i) => ({ x: x + i * (colW + LINK_W), w: colW }));
}

/** The column heads over the rows (none when the columns are stacked). A block for `flow`, kept with the first row. */
export function alignmentHeads(scene: GameScene): Block {
  return (x, y, w, layer) => {
    if (w < THREE_COLUMNS) return { h: 0, drawn: [] };
    const drawn = columnsIn(x, w).map((c, i) =>
      label(scene, c.x, y, t(COLUMNS[i] as Column), {
        size: 'small',
        bold: true,
        color: color.inkSoft,
        width: c.w,
        layer,
      }),
    );
    return { h: Math.max(...drawn.map((l) => l.height)), drawn };
  };
}

/** A cell's cards one under the other, or the mark and words that say it has none. */
function cell(
  scene: GameScene,
  cards: readonly Card[],
  none: string,
  x: number,
  y: number,
  w: number,
  layer: Parameters<Block>[3],
): Drawn {
  if (cards.length === 0) return markedLine(scene, 'bad', none, x, y, w, layer, true);
  const drawn: Drawn['drawn'] = [];
  let top = y;
  for (const c of cards) {
    const l = label(scene, x, top, tx(c.name), { size: 'small', width: w, layer });
    drawn.push(l);
    top = l.y + l.height + space.xs;
  }
  return { h: top - space.xs - y, drawn };
}

/** The objective's words, and under them the flag of a vague one. */
function objectiveCell(
  scene: GameScene,
  row: AlignmentRow,
  x: number,
  y: number,
  w: number,
  layer: Parameters<Block>[3],
): Drawn {
  const text = label(scene, x, y, tx(row.objective.text), { size: 'small', bold: true, width: w, layer });
  if (row.objective.observable) return { h: text.height, drawn: [text] };
  const flag = markedLine(scene, 'warn', t('review.vague'), x, text.y + text.height + space.xs, w, layer);
  return { h: text.height + space.xs + flag.h, drawn: [text, ...flag.drawn] };
}

/**
 * One objective picked and what is aligned on it: in three columns linked by arrows (the objective, the
 * activities that teach it, the assessments that check it) where the width allows, else one under the
 * other, each part named. A block for `flow`.
 */
export function alignmentRow(scene: GameScene, row: AlignmentRow): Block {
  return (x, y, w, layer) => {
    const rule = scene.add.rectangle(x, y, w, 1, color.line).setOrigin(0);
    const top = y + space.s;
    if (w >= THREE_COLUMNS) {
      const [o, a, s] = columnsIn(x, w) as [
        { x: number; w: number },
        { x: number; w: number },
        { x: number; w: number },
      ];
      const parts = [
        objectiveCell(scene, row, o.x, top, o.w, layer),
        cell(scene, row.taught, t('review.notTaught'), a.x, top, a.w, layer),
        cell(scene, row.assessed, t('review.notAssessed'), s.x, top, s.w, layer),
      ];
      const links = [a, s].map((c) =>
        icon(scene, c.x - LINK_W / 2, top + MARK / 2, 'arrow-right', color.inkSoft, MARK),
      );
      const h = Math.max(...parts.map((p) => p.h));
      return { h: top + h + space.s - y, drawn: [rule, ...links, ...parts.flatMap((p) => p.drawn)] };
    }
    // Stacked: the objective, then an arrow to its activities and one to its assessment, each part named.
    const objective = objectiveCell(scene, row, x, top, w, layer);
    const drawn: Drawn['drawn'] = [rule, ...objective.drawn];
    let at = top + objective.h + space.s;
    const parts: [Column, Card[], string][] = [
      ['review.activities', row.taught, t('review.notTaught')],
      ['review.assessment', row.assessed, t('review.notAssessed')],
    ];
    for (const [name, cards, none] of parts) {
      const text = labelled(t(name), cards.length > 0 ? listed(cards.map((c) => tx(c.name))) : none);
      const line = markedLine(
        scene,
        cards.length > 0 ? 'link' : 'bad',
        text,
        x + space.m,
        at,
        w - space.m,
        layer,
      );
      drawn.push(...line.drawn);
      at += line.h + space.xs;
    }
    return { h: at - space.xs + space.s - y, drawn };
  };
}
