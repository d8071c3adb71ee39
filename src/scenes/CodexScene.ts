import type { Fact } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { icon } from '../ui/icons.ts';
import { below, columns, grid, inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

const PER_PAGE = 10;
const COLS = 2;
/** The big icon of an empty or locked card's place. */
const PLACEHOLDER_ICON = 88;

interface CodexData {
  page?: number;
  selected?: string;
}

/** The notebook of facts about the real job: the cards met in this career, the others still blank. */
export class CodexScene extends GameScene {
  create(data: CodexData = {}): void {
    const facts = Object.values(this.s.catalogue.facts);
    const met = new Set(this.state.career?.factsMet ?? []);
    const pages = Math.max(1, Math.ceil(facts.length / PER_PAGE));
    const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
    const layer = this.s.layer;
    this.enter(t('codex.title'));
    const { header, body } = this.frame();
    label(this, header.x, header.y, t('codex.title'), { size: 'h1', bold: true });
    label(this, header.x, header.y + header.h, t('codex.count', { n: met.size, total: facts.length }), {
      color: color.inkSoft,
      layer,
    });

    // The cards of the page on the left, the one chosen opened on the right.
    const [list, open] = columns(below(body, body.y + space.gap), [1, 1]) as [Rect, Rect];
    const cards = grid(list, PER_PAGE, COLS, space.m);
    facts.slice(page * PER_PAGE, (page + 1) * PER_PAGE).forEach((fact, i) => {
      const known = met.has(fact.id);
      const number = facts.indexOf(fact) + 1;
      this.btn({
        ...(cards[i] as Rect),
        variant: 'choice',
        compact: true,
        key: fact.id,
        icon: known ? 'lightbulb' : 'lock',
        // No-break spaces keep the card's number with the last word when the name wraps.
        text: known ? tx(fact.title) : `${t('codex.locked')}\u00a0·\u00a0${number}`,
        pressed: data.selected === fact.id,
        unavailable: !known,
        onPress: () => this.refresh({ page, selected: fact.id }),
      });
    });
    this.pager(page, pages, data.selected, list.w);
    this.detail(data.selected ? this.s.catalogue.facts[data.selected] : undefined, met, open);
    this.closeButton();
    this.focusDefault();
  }

  /** Previous and next page at the ends of the action row's left part (as wide as the cards). */
  private pager(page: number, pages: number, selected: string | undefined, width: number): void {
    if (pages < 2) return;
    const go = (n: number) => this.refresh({ page: n, selected });
    const bar = place(this.frame().actions, 'start', width);
    this.btn({
      ...place(bar, 'start', control.h),
      text: '',
      icon: 'arrow-left',
      key: 'codex-prev',
      ariaLabel: t('codex.prev'),
      unavailable: page === 0,
      onPress: () => page > 0 && go(page - 1),
    });
    const where = label(this, bar.x + bar.w / 2, bar.y, t('codex.page', { n: page + 1, total: pages }), {
      bold: true,
      align: 'center',
      layer: this.s.layer,
    });
    where.setY(bar.y + (bar.h - where.height) / 2);
    this.btn({
      ...place(bar, 'end', control.h),
      text: '',
      icon: 'arrow-right',
      key: 'codex-next',
      ariaLabel: t('codex.next'),
      unavailable: page === pages - 1,
      onPress: () => page < pages - 1 && go(page + 1),
    });
  }

  private detail(fact: Fact | undefined, met: Set<string>, box: Rect): void {
    const layer = this.s.layer;
    panel(this, box.x, box.y, box.w, box.h, { fill: color.card, border: color.sky, borderWidth: 2 });
    // Nothing to read yet: a big icon above the centre, a line of explanation below it.
    const mid = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    const hintW = box.w - 2 * space.margin;
    if (!fact) {
      icon(this, mid.x, mid.y - space.margin, 'book-open', color.line, PLACEHOLDER_ICON);
      label(this, mid.x, mid.y + space.pad, t('codex.empty'), {
        color: color.inkSoft,
        align: 'center',
        width: hintW,
      });
      return;
    }
    if (!met.has(fact.id)) {
      icon(this, mid.x, mid.y - space.margin, 'lock', color.inkSoft, PLACEHOLDER_ICON);
      label(this, mid.x, mid.y + space.pad, t('codex.lockedHint'), { align: 'center', width: hintW, layer });
      return;
    }
    const inner = inset(box, space.gap, space.pad);
    icon(this, inner.x + space.l, inner.y + space.pad, 'lightbulb', color.blue, iconPx.heading);
    const titleX = inner.x + space.margin;
    const title = label(this, titleX, inner.y, tx(fact.title), {
      size: 'h2',
      bold: true,
      width: inner.x + inner.w - titleX,
      layer,
      tag: 'h2',
    });
    const text = label(this, inner.x, title.y + title.height + space.l, tx(fact.text), {
      width: inner.w,
      layer,
    });
    if (fact.dated) {
      const y = text.y + text.height + space.pad;
      icon(this, inner.x + space.l, y + iconPx.text / 2, 'calendar', color.orange, iconPx.text);
      const noteX = inner.x + space.gap + space.m;
      label(this, noteX, y, t('codex.dated'), {
        size: 'small',
        width: inner.x + inner.w - noteX,
        color: color.inkSoft,
        layer,
      });
    }
  }
}
