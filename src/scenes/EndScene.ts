import { t } from '../i18n/t.ts';
import { endView } from '../state/endView.ts';
import { END_PAGES, type EndPage } from '../state/store.ts';
import { confirmDialog } from '../ui/dialog.ts';
import type { IconName } from '../ui/iconNames.ts';
import { label } from '../ui/text.ts';
import { CONTENT, type PageDraw, type PageResult } from './end/layout.ts';
import { pathPage } from './end/pathPage.ts';
import { quizPage } from './end/quizPage.ts';
import { realPage } from './end/realPage.ts';
import { skillsPage } from './end/skillsPage.ts';
import { GameScene } from './GameScene.ts';
import { END_PAGE_NAMES } from './names.ts';

const PAGES: Record<EndPage, { icon: IconName; draw: PageDraw }> = {
  path: { icon: 'briefcase', draw: pathPage },
  skills: { icon: 'target', draw: skillsPage },
  real: { icon: 'graduation-cap', draw: realPage },
  quiz: { icon: 'lightbulb', draw: quizPage },
};

const TAB_GAP = 8;
/** Room a tab needs beside its name: the icon on the left, the current page's check on the right. */
const TAB_ROOM = 64 + 56;
const BAR_Y = CONTENT.y + CONTENT.h + 16;

/**
 * The end of a career: its review in pages (the missions in order, the skills grown, the real routes into
 * the job, a short quiz), then back to the title or on to a new career.
 */
export class EndScene extends GameScene {
  /** The control that had focus before a redraw, found again by its data-key. */
  private static focusKey: string | null = null;

  constructor() {
    super('end');
  }

  create(): void {
    const view = endView(this.state, this.s.catalogue);
    if (!view) return;
    this.enter('end', t('end.title'));
    const page = view.review.page;
    label(this, CONTENT.x, 24, t('end.title'), { size: 'h1', bold: true });

    const widths = this.tabWidths();
    let tabX = CONTENT.x;
    END_PAGES.forEach((p, i) => {
      const w = widths[i] ?? 0;
      this.btn({
        x: tabX,
        y: 96,
        w,
        h: 56,
        text: t(END_PAGE_NAMES[p]),
        icon: PAGES[p].icon,
        key: `end-page-${p}`,
        pressed: p === page,
        ariaLabel: t('end.pageOf', { n: i + 1, total: END_PAGES.length, name: t(END_PAGE_NAMES[p]) }),
        onPress: () => this.state.showEndPage(p),
      });
      tabX += w + TAB_GAP;
    });

    const result = PAGES[page].draw(this, view);

    this.btn({
      x: CONTENT.x,
      y: BAR_Y,
      w: 320,
      h: 64,
      text: t('end.home'),
      icon: 'arrow-left',
      key: 'end-home',
      onPress: () => this.state.backToTitle(),
    });
    this.btn({
      x: CONTENT.x + 336,
      y: BAR_Y,
      w: 320,
      h: 64,
      text: t('end.newCareer'),
      icon: 'rotate-ccw',
      key: 'end-new',
      onPress: () => this.confirmNew(),
    });
    const following = END_PAGES[END_PAGES.indexOf(page) + 1];
    const next: PageResult['action'] | null =
      result.action ??
      (following
        ? {
            text: t('end.next', { name: t(END_PAGE_NAMES[following]) }),
            onPress: () => this.state.showEndPage(following),
          }
        : null);
    if (next)
      this.btn({
        x: CONTENT.x + CONTENT.w - 400,
        y: BAR_Y,
        w: 400,
        h: 64,
        text: next.text,
        icon: next.icon ?? 'arrow-right',
        variant: 'primary',
        key: 'end-next',
        onPress: next.onPress,
      });

    this.watch(
      (s) => s.review,
      (review) => {
        if (review) this.redraw();
      },
    );
    this.focusAgain(result.focus ?? `end-page-${page}`);
  }

  /** Tabs as wide as their names need (icon, text, the check of the current one), sharing what is left. */
  private tabWidths(): number[] {
    const needs = END_PAGES.map((p) => {
      const probe = label(this, 0, 0, t(END_PAGE_NAMES[p]), { bold: true });
      const w = probe.width + TAB_ROOM;
      probe.destroy();
      return w;
    });
    const spare = CONTENT.w - (END_PAGES.length - 1) * TAB_GAP - needs.reduce((a, b) => a + b, 0);
    return needs.map((w) => Math.floor(w + spare / END_PAGES.length));
  }

  /** Redraws the page after a change in the review, keeping focus on the control that had it. */
  private redraw(): void {
    const el = document.activeElement as HTMLElement | null;
    EndScene.focusKey = el?.closest('#ui-layer') ? (el.dataset.key ?? null) : null;
    this.scene.restart();
  }

  private focusAgain(fallback: string | undefined): void {
    const wanted = EndScene.focusKey;
    EndScene.focusKey = null;
    const all = this.s.layer.focusables();
    const find = (key: string | null | undefined) =>
      key ? all.find((e) => e.dataset.key === key) : undefined;
    const target = find(wanted) ?? find(fallback) ?? all[0];
    target?.focus({ preventScroll: true });
  }

  private confirmNew(): void {
    confirmDialog(this, this.s.layer, {
      title: t('end.confirmTitle'),
      text: t('end.confirmText'),
      yes: t('title.confirmYes'),
      no: t('title.confirmNo'),
      onYes: () => this.state.newCareer(),
    });
  }
}
