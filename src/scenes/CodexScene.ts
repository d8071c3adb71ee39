import type { Fact } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import type { IconName } from '../ui/iconNames.ts';
import { icon } from '../ui/icons.ts';
import { actionW, below, columns, grid, inset, place, type Rect } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../ui/theme.ts';
import { termCard } from './codex/termCard.ts';
import { GameScene } from './GameScene.ts';
import { pager } from './parts/pager.ts';
import { type Tab, tabRow } from './parts/tabRow.ts';

const PER_PAGE = 10;
const COLS = 2;
/** The big icon of an empty or locked card's place. */
const PLACEHOLDER_ICON = 88;

/** The codex's two lists: the fact cards met in the career, and the words of the job (always open). */
type CodexTab = 'facts' | 'glossary';

interface CodexData {
  tab?: CodexTab;
  page?: number;
  selected?: string;
}

/** One line of a list: a fact card (locked until met) or a word of the glossary. */
interface Entry {
  id: string;
  text: string;
  icon: IconName;
  locked: boolean;
}

/**
 * The notebook of the real job: the fact cards met in this career (the others still blank), and the words
 * of the job's models with their sources. Opened at a word (from the results' debrief), it shows that word.
 */
export class CodexScene extends GameScene {
  create(data: CodexData = {}): void {
    const cat = this.s.catalogue;
    const facts = Object.values(cat.facts);
    const met = new Set(this.state.career?.factsMet ?? []);
    // Opened at a word of the glossary: that word, on its tab.
    const at = data.tab === undefined ? this.state.pageAt : null;
    const opened: CodexData = at && cat.glossary[at] ? { tab: 'glossary', selected: at } : data;
    const tab = opened.tab ?? 'facts';
    const view = { ...opened, tab };
    const entries: Entry[] =
      tab === 'glossary'
        ? Object.values(cat.glossary).map((g) => ({
            id: g.id,
            text: tx(g.word),
            icon: 'book-open',
            locked: false,
          }))
        : facts.map((fact, i) => {
            const known = met.has(fact.id);
            // No-break spaces keep the card's number with the last word when the name wraps.
            const text = known ? tx(fact.title) : `${t('codex.locked')}\u00a0·\u00a0${i + 1}`;
            return { id: fact.id, text, icon: known ? 'lightbulb' : 'lock', locked: !known };
          });

    const layer = this.s.layer;
    this.enter(t('codex.title'));
    const { header, body } = this.frame();
    const title = label(this, header.x, header.y, t('codex.title'), { size: 'h1', bold: true });
    const count =
      tab === 'glossary'
        ? t('codex.words', { n: entries.length })
        : t('codex.count', { n: met.size, total: facts.length });
    // Under the title, however tall the largest text makes it.
    const counted = label(this, header.x, Math.max(header.y + header.h, title.y + title.height), count, {
      color: color.inkSoft,
      layer,
    });

    // The tabs beside the title where the screen is wide enough, else at the top of the body.
    const tabs = this.tabs(tab);
    let room = below(body, Math.max(body.y + space.gap, counted.y + counted.height + space.m));
    if (sizeClass() === 'narrow') {
      const row = { ...room, y: room.y + space.s, h: control.compact };
      tabRow(this, row, tabs, true);
      room = below(body, row.y + row.h + space.l);
    } else {
      const x = title.x + title.width + space.gap;
      tabRow(this, { x, y: header.y, w: header.x + header.w - x, h: control.compact }, tabs, false, 'end');
    }

    if (sizeClass() === 'wide') this.wide(entries, view, room);
    else if (sizeClass() === 'short') this.sideways(entries, view, room);
    else this.upright(entries, view, room);
    this.focusDefault();
  }

  private tabs(tab: CodexTab): Tab[] {
    return (['facts', 'glossary'] as const).map((id) => ({
      key: `codex-tab-${id}`,
      text: t(id === 'facts' ? 'codex.facts' : 'codex.glossary'),
      icon: id === 'facts' ? 'lightbulb' : 'book-open',
      current: id === tab,
      onPress: () => this.refresh({ tab: id, page: 0, selected: undefined }),
    }));
  }

  /** The page a list opens at: the one asked for, else the one holding the entry chosen. */
  private pageOf(entries: Entry[], view: CodexData, per: number): { page: number; pages: number } {
    const pages = Math.max(1, Math.ceil(entries.length / per));
    const holding = view.selected ? entries.findIndex((e) => e.id === view.selected) : -1;
    const asked = view.page ?? (holding >= 0 ? Math.floor(holding / per) : 0);
    return { page: Math.min(Math.max(0, asked), pages - 1), pages };
  }

  /** The entries of the page on the left in two columns, the one chosen opened on the right. */
  private wide(entries: Entry[], view: CodexData, room: Rect): void {
    const { page, pages } = this.pageOf(entries, view, PER_PAGE);
    const [list, open] = columns(room, [1, 1]) as [Rect, Rect];
    this.entries(entries, view, grid(list, PER_PAGE, COLS, space.m), page, PER_PAGE);
    const bar = place(this.frame().actions, 'start', list.w);
    pager(this, bar, { page, pages, key: 'codex', go: (n) => this.refresh({ ...view, page: n }) });
    this.detail(view, open);
    this.closeButton();
  }

  /** A phone turned sideways: one column of entries beside the one chosen, as many a page as fit. */
  private sideways(entries: Entry[], view: CodexData, room: Rect): void {
    const [list, open] = columns(room, [1, 1]) as [Rect, Rect];
    const perPage = this.fitting(list.h);
    const { page, pages } = this.pageOf(entries, view, perPage);
    this.entries(entries, view, grid(list, perPage, 1, space.s, control.compact), page, perPage);
    const actions = this.frame().actions;
    const bar = place(actions, 'start', Math.min(list.w, actions.w - actionW.other - space.gap));
    pager(this, bar, { page, pages, key: 'codex', go: (n) => this.refresh({ ...view, page: n }) });
    this.detail(view, open);
    this.closeButton('alone');
  }

  /**
   * A screen held upright: one column of entries with the pager under them; an entry chosen opens in their
   * place, with a button back to the list.
   */
  private upright(entries: Entry[], view: CodexData, room: Rect): void {
    if (view.selected && entries.some((e) => e.id === view.selected)) {
      this.btn({
        ...place(room, 'start', Math.min(room.w, actionW.other), control.h),
        key: 'codex-list',
        icon: 'arrow-left',
        text: t(view.tab === 'glossary' ? 'codex.wordList' : 'codex.list'),
        onPress: () => this.refresh({ ...view, selected: undefined }),
      });
      this.detail(view, below(room, room.y + control.h + space.l), true);
    } else {
      const list = { ...room, h: room.h - control.h - space.l };
      const perPage = this.fitting(list.h);
      const { page, pages } = this.pageOf(entries, view, perPage);
      this.entries(entries, view, grid(list, perPage, 1, space.s, control.h), page, perPage);
      const bar = { ...room, y: room.y + room.h - control.h, h: control.h };
      pager(this, bar, { page, pages, key: 'codex', go: (n) => this.refresh({ ...view, page: n }) });
    }
    this.closeButton('alone');
  }

  /** How many entries of one column fit in a height. */
  private fitting(h: number): number {
    const cardH = sizeClass() === 'short' ? control.compact : control.h;
    return Math.max(1, Math.floor((h + space.s) / (cardH + space.s)));
  }

  /** The entries of one page, in the cells given; choosing one opens it. */
  private entries(entries: Entry[], view: CodexData, cells: Rect[], page: number, per: number): void {
    entries.slice(page * per, (page + 1) * per).forEach((entry, i) => {
      this.btn({
        ...(cells[i] as Rect),
        variant: 'choice',
        compact: true,
        key: entry.id,
        icon: entry.icon,
        text: entry.text,
        pressed: view.selected === entry.id,
        unavailable: entry.locked,
        onPress: () => this.refresh({ ...view, page, selected: entry.id }),
      });
    });
  }

  /** The entry chosen, opened in `box` (`natural`: its panel ends under its text, on a screen held upright). */
  private detail(view: CodexData, box: Rect, natural = false): void {
    const cat = this.s.catalogue;
    const frame = panel(this, box.x, box.y, box.w, box.h, {
      fill: color.card,
      border: color.sky,
      borderWidth: 2,
    });
    const term = view.tab === 'glossary' && view.selected ? cat.glossary[view.selected] : undefined;
    const fact = view.tab !== 'glossary' && view.selected ? cat.facts[view.selected] : undefined;
    const inner = inset(box, space.gap, space.pad);
    let bottom: number | null = null;
    if (term) bottom = termCard(this, term, inner, this.s.layer, sizeClass() === 'short');
    else if (fact) bottom = this.factCard(fact, inner, box);
    else this.placeholder(box, view.tab === 'glossary' ? t('codex.emptyWord') : t('codex.empty'));
    if (natural && bottom !== null) {
      // The panel's texture is drawn a shadow taller than its box: keep that margin.
      const shadow = frame.height - box.h;
      frame.setSize(frame.width, Math.min(box.h, bottom + space.pad - box.y) + shadow);
    }
  }

  /** Nothing to read yet: a big icon above the centre, a line of explanation below it. */
  private placeholder(box: Rect, hint: string, locked = false): void {
    const mid = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    icon(
      this,
      mid.x,
      mid.y - space.margin,
      locked ? 'lock' : 'book-open',
      locked ? color.inkSoft : color.line,
      PLACEHOLDER_ICON,
    );
    label(this, mid.x, mid.y + space.pad, hint, {
      color: locked ? color.ink : color.inkSoft,
      align: 'center',
      width: box.w - 2 * space.margin,
      layer: locked ? this.s.layer : undefined,
    });
  }

  /** A fact card met in this career, or its locked place; returns where its text ends (null when locked). */
  private factCard(fact: Fact, inner: Rect, box: Rect): number | null {
    const layer = this.s.layer;
    if (!(this.state.career?.factsMet ?? []).includes(fact.id)) {
      this.placeholder(box, t('codex.lockedHint'), true);
      return null;
    }
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
    if (!fact.dated) return text.y + text.height;
    const y = text.y + text.height + space.pad;
    icon(this, inner.x + space.l, y + iconPx.text / 2, 'calendar', color.orange, iconPx.text);
    const noteX = inner.x + Math.max(space.gap + space.m, iconPx.text + space.m);
    const note = label(this, noteX, y, t('codex.dated'), {
      size: 'small',
      width: inner.x + inner.w - noteX,
      color: color.inkSoft,
      layer,
    });
    return note.y + note.height;
  }
}
