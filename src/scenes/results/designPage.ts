import { labelled, listed, num, t, tx } from '../../i18n/t.ts';
import { PRINCIPLES } from '../../sim/design.ts';
import type { DesignView } from '../../state/designView.ts';
import type { Rect } from '../../ui/layout.ts';
import { space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { CARD_NEED_NAMES, INDICATOR_NAMES, PRINCIPLE_NAMES } from '../names.ts';
import { type Block, flow } from '../parts/flow.ts';
import { alignmentHeads, alignmentRow } from './alignmentColumns.ts';
import { headingBlock, learnMoreBlock, lineBlock, stacked } from './blocks.ts';
import { mixChart } from './mixChart.ts';

/** The words of the glossary each part of the debrief opens the codex at. */
const WORDS = {
  mix: 'types-apprentissage',
  alignment: 'alignement',
  evaluation: 'evaluation-kirkpatrick',
} as const;

/**
 * The design debrief as blocks for `flow`, in reading order: the hours by type against the target, the
 * alignment of objectives, activities and assessment, the principles kept, what the evaluation measured,
 * the star thresholds. `keep` lists the blocks (headings) that go with the one after them.
 */
export function designBlocks(
  scene: GameScene,
  view: DesignView,
  score: number,
): { blocks: Block[]; keep: number[] } {
  const { review } = view;
  const rules = scene.services.catalogue.rules;
  const blocks: Block[] = [];
  const keep: number[] = [];
  const add = (...more: Block[]) => blocks.push(...more);
  // A part's heading, with its "learn more" under it (and anything else that must not be parted from it).
  const heading = (text: string, word?: string, ...more: Block[]) => {
    keep.push(blocks.length);
    add(stacked([headingBlock(scene, text), word ? learnMoreBlock(scene, word) : null, ...more]));
  };

  heading(t('review.mixTitle'), WORDS.mix);
  add(...mixChart(scene, review));
  const length = t('review.hours', { given: num(review.givenHours), planned: num(review.plannedHours) });
  add(lineBlock(scene, 'time', length));
  for (const card of review.dropped) {
    const need = card.requires ? t(CARD_NEED_NAMES[card.requires]) : '';
    add(lineBlock(scene, 'warn', t('review.dropped', { name: tx(card.name), need })));
  }

  heading(t('review.alignTitle'), WORDS.alignment, alignmentHeads(scene));
  for (const row of view.rows) add(alignmentRow(scene, row));
  for (const card of view.stray) add(lineBlock(scene, 'warn', t('review.stray', { name: tx(card.name) })));

  const kept = review.principles;
  if (kept) {
    heading(t('review.principlesTitle'));
    for (const p of PRINCIPLES) {
      const n = p === 'variety' ? rules.varietyTypes : rules.passiveRun;
      const words = labelled(t(kept[p] ? 'review.kept' : 'review.broken'), t(PRINCIPLE_NAMES[p], { n }));
      add(lineBlock(scene, kept[p] ? 'good' : 'bad', words));
    }
  }
  if (view.pilot)
    add(
      view.pilot.revised
        ? lineBlock(
            scene,
            'good',
            t('review.pilotRevised', { name: view.pilot.fix ? tx(view.pilot.fix.name) : '' }),
          )
        : lineBlock(scene, 'warn', t('review.pilotIgnored')),
    );
  for (const tool of view.wasted) add(lineBlock(scene, 'warn', t('review.wasted', { name: tx(tool.name) })));

  heading(t('review.evaluationTitle'), WORDS.evaluation);
  const indicators = (list: readonly (keyof typeof INDICATOR_NAMES)[]) =>
    listed(list.map((k) => t(INDICATOR_NAMES[k])));
  add(lineBlock(scene, 'info', t('review.measured', { list: indicators(review.measured) })));
  if (view.unmeasured.length > 0)
    add(lineBlock(scene, 'warn', t('review.unmeasured', { list: indicators(view.unmeasured) })));
  if (view.fitting.length > 0)
    add(
      lineBlock(
        scene,
        'good',
        t('review.evaluationFits', { list: listed(view.fitting.map((e) => tx(e.name))) }),
      ),
    );
  if (view.missed.length > 0)
    add(
      lineBlock(
        scene,
        'bad',
        t('review.evaluationMisses', { list: listed(view.missed.map((e) => tx(e.name))) }),
      ),
    );

  const [a, b, c] = rules.starThresholds;
  add(
    lineBlock(
      scene,
      'star',
      t('review.thresholds', { a: num(a ?? 0), b: num(b ?? 0), c: num(c ?? 0), score: num(score) }),
      true,
    ),
  );
  return { blocks, keep };
}

export interface DesignPageOptions {
  cols: number;
  page: number;
  /** The height the pager takes under the columns when there is more than one page (0: it goes elsewhere). */
  pagerRoom: number;
  /** Each part starts a column (where columns sit side by side), rather than following the one before. */
  sections: boolean;
}

/** The design debrief poured into `area`, in columns of panels, page after page; returns the page shown and the count. */
export function designPage(
  scene: GameScene,
  view: DesignView,
  score: number,
  area: Rect,
  o: DesignPageOptions,
): { page: number; pages: number } {
  const { blocks, keep } = designBlocks(scene, view, score);
  const { sections, ...pages } = o;
  const layer = scene.services.layer;
  return flow(
    blocks,
    area,
    { ...pages, keep, breakBefore: sections ? keep : [], gap: space.s, panels: true, layer },
    scene,
  );
}
