import { labelled, t, tx } from '../i18n/t.ts';
import { strengths } from '../sim/skills.ts';
import type { IconName } from '../ui/icons.ts';
import { actionSlot, below, grid, type Rect } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { color, sizeClass, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { SKILL_NAMES } from './names.ts';
import { choiceHeight } from './parts/choiceHeight.ts';
import { PAGER_W, pager } from './parts/pager.ts';

const ICONS: IconName[] = ['monitor-play', 'graduation-cap', 'school', 'presentation'];

/** The route into the job, which sets the starting skills (the four routes of the source article). */
export class BackgroundScene extends GameScene {
  create(data: { page?: number } = {}): void {
    this.enter(t('background.title'));
    const layer = this.s.layer;
    const { header, body } = this.frame();
    const title = label(this, header.x, header.y, t('background.title'), { size: 'h1', bold: true });
    // Under the title even where the largest text makes it taller than the header's line.
    const intro = label(
      this,
      header.x,
      Math.max(header.y + header.h, title.y + title.height),
      t('background.intro'),
      {
        color: color.inkSoft,
        width: header.w,
        layer,
      },
    );
    const cards = this.cards();
    const list = below(body, intro.y + intro.height + space.l);
    if (sizeClass() === 'wide') {
      const cells = grid(list, cards.length, 2, space.l);
      cards.forEach((card, i) => {
        this.btn({ ...(cells[i] as Rect), ...card });
      });
    }
    const paged = sizeClass() !== 'wide' && this.paged(cards, list, data.page ?? 0);
    // Back keeps its own width unless the pager shares its row.
    this.backAction(
      { text: t('common.back'), onPress: () => this.state.backToTitle() },
      paged ? 'shared' : 'alone',
    );
    this.focusDefault();
  }

  /** Each route's card: its name, what it is, the skills it starts strong in. */
  private cards() {
    return Object.values(this.s.catalogue.backgrounds).map((b, i) => {
      const strong = strengths(b.skills).map((s) => t(SKILL_NAMES[s]));
      return {
        variant: 'choice' as const,
        icon: ICONS[i % ICONS.length],
        text: tx(b.name),
        detail: `${tx(b.description)}\n${labelled(t('offers.skills'), strong.join(', '))}`,
        onPress: () => this.state.chooseBackground(b.id),
      };
    });
  }

  /**
   * Smaller screens: one column upright, two side by side sideways, as many a page as keep their words whole;
   * the pager shares the action row with the way back. Returns whether there is more than one page.
   */
  private paged(cards: ReturnType<BackgroundScene['cards']>, list: Rect, asked: number): boolean {
    const cols = sizeClass() === 'narrow' ? 1 : 2;
    const w = (list.w - space.l * (cols - 1)) / cols;
    const rowsWith = (icon: boolean) => {
      const least = Math.max(...cards.map((c) => choiceHeight(this, c.text, c.detail, w, icon)));
      return (h: number) => Math.max(1, Math.floor((h + space.l) / (least + space.l)));
    };
    // The route's icon gives up its room when that lets one more card on the page.
    const marked =
      rowsWith(true)(list.h) >= Math.min(rowsWith(false)(list.h), Math.ceil(cards.length / cols));
    const rowsIn = rowsWith(marked);
    const per = cols * rowsIn(list.h);
    const pages = Math.ceil(cards.length / per);
    const page = Math.min(Math.max(0, asked), pages - 1);
    const lines = Math.min(rowsIn(list.h), Math.ceil(Math.min(per, cards.length) / cols));
    const cells = grid(list, per, cols, space.l, (list.h - space.l * (lines - 1)) / lines);
    cards.slice(page * per, (page + 1) * per).forEach((card, i) => {
      this.btn({ ...(cells[i] as Rect), ...card, icon: marked ? card.icon : undefined });
    });
    const actions = this.frame().actions;
    const bar = actionSlot(actions, 'next', 'end', actions.w >= PAGER_W * 2 ? 'alone' : 'shared');
    pager(
      this,
      { ...bar, w: Math.min(bar.w, PAGER_W), x: bar.x + bar.w - Math.min(bar.w, PAGER_W) },
      {
        page,
        pages,
        key: 'background',
        go: (n) => this.refresh({ page: n }),
      },
    );
    return pages > 1;
  }
}
