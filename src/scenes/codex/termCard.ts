import type { Term } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import type { Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, iconPx, space } from '../../ui/theme.ts';
import { textSize } from '../end/measure.ts';
import type { GameScene } from '../GameScene.ts';

/**
 * A word of the job opened in `inner`: the word as a heading, what it means, and where the idea comes
 * from. `low`: a low box (a phone sideways), where the word is a line of bold text and what it means
 * gives up its size before the source its place. Returns where its text ends.
 */
export function termCard(scene: GameScene, term: Term, inner: Rect, layer: Placer, low = false): number {
  const mark = low ? iconPx.text : iconPx.heading;
  icon(scene, inner.x + mark / 2, inner.y + mark / 2 + space.xs, 'book-open', color.blue, mark);
  const titleX = inner.x + mark + space.m;
  const word = label(scene, titleX, inner.y, tx(term.word), {
    size: low ? 'body' : 'h2',
    bold: true,
    width: inner.x + inner.w - titleX,
    layer,
    tag: 'h2',
  });
  const sourceText = t('codex.source', { source: tx(term.source) });
  const noteX = inner.x + iconPx.text + space.m;
  const note = { size: 'small' as const, width: inner.x + inner.w - noteX, color: color.inkSoft, layer };
  const top = Math.max(word.y + word.height, inner.y + mark) + (low ? space.s : space.l);
  const gap = low ? space.m : space.pad;
  const sourceH = textSize(scene, sourceText, note).h;
  const definition = label(scene, inner.x, top, tx(term.definition), {
    size: low ? 'small' : 'body',
    width: inner.w,
    layer,
    maxHeight: Math.max(0, inner.y + inner.h - sourceH - gap - top),
  });
  const y = definition.y + definition.height + gap;
  icon(scene, inner.x + iconPx.text / 2, y + iconPx.text / 2, 'scroll-text', color.inkSoft, iconPx.text);
  const source = label(scene, noteX, y, sourceText, note);
  return source.y + source.height;
}
