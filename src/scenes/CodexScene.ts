import type { Fact } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { icon } from '../ui/icons.ts';
import { actionW, below, columns, grid, inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { pager } from './parts/pager.ts';

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
    const layer = this.s.layer;
    this.enter(t('codex.title'));
    const { header, body } = this.frame();
    label(this, header.x, header.y, t('codex.title'), { size: 'h1', bold: true });
    label(this, header.x, header.y + header.h, t('codex.count', { n: met.size, total: facts.length }), {
      color: color.inkSoft,
      layer,
    });

    if (sizeClass() === 'wide') this.wide(facts, met, data, body);
    else if (sizeClass() === 'short') this.sideways(facts, met, data, body);
    else this.upright(facts, met, data, body);
    this.focusDefault();
  }

  /** The cards of the page on the left in two columns, the one chosen opened on the right. */
  private wide(facts: Fact[], met: Set<string>, data: CodexData, body: Rect): void {
    const pages = Math.max(1, Math.ceil(facts.length / PER_PAGE));
    const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
    const [list, open] = columns(below(body, body.y + space.gap), [1, 1]) as [Rect, Rect];
    this.cards(facts, met, data, grid(list, PER_PAGE, COLS, space.m), page, PER_PAGE);
    const bar = place(this.frame().actions, 'start', list.w);
    pager(this, bar, {
      page,
      pages,
      key: 'codex',
      go: (n) => this.refresh({ page: n, selected: data.selected }),
    });
    this.detail(data.selected ? this.s.catalogue.facts[data.selected] : undefined, met, open);
    this.closeButton();
  }

  /** A phone turned sideways: one column of cards beside the one chosen, as many a page as fit. */
  private sideways(facts: Fact[], met: Set<string>, data: CodexData, body: Rect): void {
    const [list, open] = columns(below(body, body.y + space.gap), [1, 1]) as [Rect, Rect];
    const perPage = this.fitting(list.h);
    const pages = Math.max(1, Math.ceil(facts.length / perPage));
    const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
    this.cards(facts, met, data, grid(list, perPage, 1, space.s, control.compact), page, perPage);
    const actions = this.frame().actions;
    const bar = place(actions, 'start', Math.min(list.w, actions.w - actionW.other - space.gap));
    pager(this, bar, {
      page,
      pages,
      key: 'codex',
      go: (n) => this.refresh({ page: n, selected: data.selected }),
    });
    this.detail(data.selected ? this.s.catalogue.facts[data.selected] : undefined, met, open);
    this.closeButton('alone');
  }

  /**
   * A screen held upright: one column of cards with the pager under them; a card chosen opens in their
   * place, with a button back to the list.
   */
  private upright(facts: Fact[], met: Set<string>, data: CodexData, body: Rect): void {
    const room = below(body, body.y + space.gap);
    const fact = data.selected ? this.s.catalogue.facts[data.selected] : undefined;
    if (fact) {
      this.btn({
        ...place(room, 'start', Math.min(room.w, actionW.other), control.h),
        key: 'codex-list',
        icon: 'arrow-left',
        text: t('codex.list'),
        onPress: () => this.refresh({ page: data.page, selected: undefined }),
      });
      this.detail(fact, met, below(room, room.y + control.h + space.l), true);
    } else {
      const list = { ...room, h: room.h - control.h - space.l };
      const perPage = this.fitting(list.h);
      const pages = Math.max(1, Math.ceil(facts.length / perPage));
      const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
      this.cards(facts, met, data, grid(list, perPage, 1, space.s, control.h), page, perPage);
      const bar = { ...room, y: room.y + room.h - control.h, h: control.h };
      pager(this, bar, { page, pages, key: 'codex', go: (n) => this.refresh({ page: n }) });
    }
    this.closeButton('alone');
  }

  /** How many cards of one column fit in a height. */
  private fitting(h: number): number {
    const cardH = sizeClass() === 'short' ? control.compact : control.h;
    return Math.max(1, Math.floor((h + space.s) / (cardH + space.s)));
  }

  /** The cards of one page, in the cells given. */
  private cards(
    facts: Fact[],
    met: Set<string>,
    data: CodexData,
    cells: Rect[],
    page: number,
    per: number,
  ): void {
    facts.slice(page * per, (page + 1) * per).forEach((fact, i) => {
      const known = met.has(fact.id);
      const number = facts.indexOf(fact) + 1;
      this.btn({
        ...(cells[i] as Rect),
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
  }

  /** The card chosen, opened in `box` (`natural`: its panel ends under its text, on a screen held upright). */
  private detail(fact: Fact | undefined, met: Set<string>, box: Rect, natural = false): void {
    const layer = this.s.layer;
    const frame = panel(this, box.x, box.y, box.w, box.h, {
      fill: color.card,
      border: color.sky,
      borderWidth: 2,
    });
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
    const titleX = inner.x + Math.max(space.margin, iconPx.heading + space.m);
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
    let bottom = text.y + text.height;
    if (fact.dated) {
      const y = text.y + text.height + space.pad;
      icon(this, inner.x + space.l, y + iconPx.text / 2, 'calendar', color.orange, iconPx.text);
      const noteX = inner.x + Math.max(space.gap + space.m, iconPx.text + space.m);
      const note = label(this, noteX, y, t('codex.dated'), {
        size: 'small',
        width: inner.x + inner.w - noteX,
        color: color.inkSoft,
        layer,
      });
      bottom = note.y + note.height;
    }
    if (natural) {
      // The panel's texture is drawn a shadow taller than its box: keep that margin.
      const shadow = frame.height - box.h;
      frame.setSize(frame.width, Math.min(box.h, bottom + space.pad - box.y) + shadow);
    }
  }
}
