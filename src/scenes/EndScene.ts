import { t } from '../i18n/t.ts';
import { endView } from '../state/endView.ts';
import { END_PAGES, type EndPage } from '../state/store.ts';
import { confirmDialog } from '../ui/dialog.ts';
import { below, type Rect } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { sizeClass, space } from '../ui/theme.ts';
import type { PageDraw, PageResult } from './end/layout.ts';
import { pageTabs, shortPageName } from './end/pageTabs.ts';
import { pathPage } from './end/pathPage.ts';
import { quizPage } from './end/quizPage.ts';
import { realPage } from './end/realPage.ts';
import { reviewBar } from './end/reviewBar.ts';
import { skillsPage } from './end/skillsPage.ts';
import { GameScene } from './GameScene.ts';
import { END_PAGE_NAMES } from './names.ts';

const PAGES: Record<EndPage, PageDraw> = {
  path: pathPage,
  skills: skillsPage,
  real: realPage,
  quiz: quizPage,
};

/**
 * The end of a career: its review in pages (the missions in order, the skills grown, the real routes into
 * the job, a short quiz), then back to the title or on to a new career.
 */
export class EndScene extends GameScene {
  /** The control that had focus before a redraw, found again by its data-key. */
  private static focusKey: string | null = null;
  /** A question open on screen: kept through a redraw (a turned phone lays the screen out again). */
  private confirming = false;

  create(): void {
    const view = endView(this.state, this.s.catalogue);
    if (!view) return;
    this.enter(t('end.title'));
    const page = view.review.page;
    const { header, body, actions } = this.frame();
    const title = label(this, header.x, header.y, t('end.title'), { size: 'h1', bold: true });

    // The page tabs at the top of the body, or beside the title on a low screen; the page itself below them.
    const beside = sizeClass() === 'short';
    const tabRow: Rect = beside
      ? {
          x: title.x + title.width + space.gap,
          y: header.y,
          w: header.x + header.w - title.x - title.width - space.gap,
          h: header.h,
        }
      : body;
    const tabsH = pageTabs(this, tabRow, page, sizeClass() === 'narrow');
    const top = beside ? Math.max(header.y + header.h, header.y + tabsH) + space.m : body.y + tabsH + space.l;
    const result = PAGES[page](this, view, below(body, top));

    const following = END_PAGES[END_PAGES.indexOf(page) + 1];
    const name = (p: EndPage) => (sizeClass() === 'wide' ? t(END_PAGE_NAMES[p]) : shortPageName(p));
    const next: PageResult['action'] | null =
      result.action ??
      (following
        ? { text: t('end.next', { name: name(following) }), onPress: () => this.state.showEndPage(following) }
        : null);
    reviewBar(this, actions, {
      next,
      otherNext: END_PAGES.slice(1).map((p) => t('end.next', { name: name(p) })),
      parts: result.parts,
      onHome: () => this.state.backToTitle(),
      // A pupil's review ends on the result code to hand in, and a class plays no new career.
      ...(this.s.mode.kind === 'classroom'
        ? { homeText: t('class.finishMission'), homeIcon: 'qr-code' as const }
        : { onNew: () => this.confirmNew() }),
    });

    this.watch(
      (s) => s.review,
      (review) => {
        if (review) this.redraw();
      },
    );
    this.focusAgain(result.focus ?? `end-page-${page}`);
    if (this.confirming) this.confirmNew();
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
    this.confirming = true;
    confirmDialog(this, this.s.layer, {
      title: t('end.confirmTitle'),
      text: t('end.confirmText'),
      yes: t('title.confirmYes'),
      no: t('title.confirmNo'),
      onYes: () => {
        this.confirming = false;
        this.state.newCareer();
      },
      onNo: () => {
        this.confirming = false;
        this.s.layer.focusFirst();
      },
    });
  }
}
