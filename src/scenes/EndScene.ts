import { t } from '../i18n/t.ts';
import { endView } from '../state/endView.ts';
import { END_PAGES, type EndPage } from '../state/store.ts';
import { confirmDialog } from '../ui/dialog.ts';
import type { IconName } from '../ui/iconNames.ts';
import { below, place } from '../ui/layout.ts';
import { label } from '../ui/text.ts';
import { control, space } from '../ui/theme.ts';
import type { PageDraw, PageResult } from './end/layout.ts';
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

const TAB_GAP = space.s;
/** Room a tab needs beside its name: the icon on the left, the current page's check on the right. */
const TAB_ROOM = control.h + control.icon;
/** The action row's buttons: home and a new career on the left, the way on (often a long name) at the right. */
const BAR_W = { side: 320, next: 400 } as const;

/**
 * The end of a career: its review in pages (the missions in order, the skills grown, the real routes into
 * the job, a short quiz), then back to the title or on to a new career.
 */
export class EndScene extends GameScene {
  /** The control that had focus before a redraw, found again by its data-key. */
  private static focusKey: string | null = null;

  create(): void {
    const view = endView(this.state, this.s.catalogue);
    if (!view) return;
    this.enter(t('end.title'));
    const page = view.review.page;
    const { header, body, actions } = this.frame();
    label(this, header.x, header.y, t('end.title'), { size: 'h1', bold: true });

    // The page tabs at the top of the body, the page itself below them.
    const widths = this.tabWidths(body.w);
    let tabX = body.x;
    END_PAGES.forEach((p, i) => {
      const w = widths[i] ?? 0;
      this.btn({
        x: tabX,
        y: body.y,
        w,
        h: control.compact,
        text: t(END_PAGE_NAMES[p]),
        icon: PAGES[p].icon,
        key: `end-page-${p}`,
        pressed: p === page,
        ariaLabel: t('end.pageOf', { n: i + 1, total: END_PAGES.length, name: t(END_PAGE_NAMES[p]) }),
        onPress: () => this.state.showEndPage(p),
      });
      tabX += w + TAB_GAP;
    });

    const result = PAGES[page].draw(this, view, below(body, body.y + control.compact + space.l));

    const home = place(actions, 'start', BAR_W.side);
    this.btn({
      ...home,
      text: t('end.home'),
      icon: 'arrow-left',
      key: 'end-home',
      onPress: () => this.state.backToTitle(),
    });
    this.btn({
      ...home,
      x: home.x + home.w + space.l,
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
        ...place(actions, 'end', BAR_W.next),
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
  private tabWidths(room: number): number[] {
    const needs = END_PAGES.map((p) => {
      const probe = label(this, 0, 0, t(END_PAGE_NAMES[p]), { bold: true });
      const w = probe.width + TAB_ROOM;
      probe.destroy();
      return w;
    });
    const spare = room - (END_PAGES.length - 1) * TAB_GAP - needs.reduce((a, b) => a + b, 0);
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
