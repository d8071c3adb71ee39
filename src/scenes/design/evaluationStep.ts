import type { Catalogue } from '../../content/types.ts';
import { EVALUATION_METHODS } from '../../content/vocabulary.ts';
import { money, t, tx } from '../../i18n/t.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { below, columnsThatFit, grid, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { learnMoreBlock } from '../results/blocks.ts';

/** A method's card: at most this high on a roomy screen, and at least this wide for two columns. */
const CARD_MAX_H = 150;
const CARD_MIN_W = 420;
const CARD_MIN_W_SHORT = 300;
/** The least room beside the title for the "Learn more" button. */
const LEARN_MIN_W = 440;

/** Kirkpatrick's four levels, each shown by what is done. */
const METHOD_ICONS: Record<(typeof EVALUATION_METHODS)[number], IconName> = {
  survey: 'message-circle',
  quiz: 'circle-help',
  observation: 'users',
  results: 'trophy',
};

/** The evaluation step: the four methods as toggles, up to rules.evaluationPicks of them. */
export function evaluationStep(
  scene: GameScene,
  area: Rect,
  chosen: readonly string[],
  cat: Catalogue,
  toggle: (id: string, on: boolean) => void,
): void {
  const layer = scene.services.layer;
  const title = label(scene, area.x, area.y, t('evaluation.title'), {
    size: 'h2',
    bold: true,
    width: area.w,
    layer,
    tag: 'h2',
  });
  // Where the title leaves room beside it, the word of the model this step is about; the help goes under
  // the title, left of it.
  const beside = title.x + title.width + space.gap;
  const learn =
    sizeClass() === 'wide' && area.x + area.w - beside >= LEARN_MIN_W
      ? learnMoreBlock(scene, 'evaluation-kirkpatrick')?.(beside, title.y, area.x + area.w - beside, layer)
      : undefined;
  const help = label(
    scene,
    area.x,
    title.y + title.height + space.xs,
    t('evaluation.help', { n: cat.rules.evaluationPicks }),
    { size: 'small', color: color.inkSoft, width: learn ? beside - space.gap - area.x : area.w, layer },
  );
  const cards = below(area, Math.max(help.y + help.height, title.y + (learn?.h ?? 0)) + space.m);
  const cols = columnsThatFit(cards.w, sizeClass() === 'short' ? CARD_MIN_W_SHORT : CARD_MIN_W, 2, space.l);
  // Where a card has little room, it says its level and price; the description is read out with it.
  const brief = sizeClass() !== 'wide';
  const lines = Math.ceil(EVALUATION_METHODS.length / cols);
  const room = (cards.h - (lines - 1) * space.m) / lines;
  const full = chosen.length >= cat.rules.evaluationPicks;
  grid(
    cards,
    EVALUATION_METHODS.length,
    cols,
    space.m,
    sizeClass() === 'wide' ? Math.min(CARD_MAX_H, room) : room,
  ).forEach((cell, i) => {
    const id = EVALUATION_METHODS[i];
    const method = id ? cat.evaluations[id] : undefined;
    if (!id || !method) return;
    const on = chosen.includes(id);
    const price = method.cost > 0 ? t('brief.fictive', { n: money(method.cost) }) : t('evaluation.free');
    const level = `${t('evaluation.level', { n: method.level })} · ${price}`;
    const button = scene.btnPublic({
      ...cell,
      variant: 'choice',
      icon: METHOD_ICONS[id],
      text: tx(method.name),
      detail: brief ? level : `${level} · ${tx(method.description)}`,
      pressed: on,
      unavailable: !on && full,
      sound: on ? 'deselect' : 'select',
      key: `evaluation-${id}`,
      onPress: () => toggle(id, !on),
    });
    if (brief) button.el.setAttribute('aria-description', tx(method.description));
  });
}
