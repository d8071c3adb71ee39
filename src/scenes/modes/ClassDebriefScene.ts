import type { Mission } from '../../content/types.ts';
import { labelled, t, tx } from '../../i18n/t.ts';
import { type ClassStats, ClassTally, type MissionStats } from '../../sim/classroom/classStats.ts';
import { decodeResult } from '../../sim/classroom/resultCode.ts';
import { sessionMissions, shapeOf } from '../../sim/classroom/sessionPlan.ts';
import type { TeacherState } from '../../state/teacherStore.ts';
import type { Placer } from '../../ui/domLayer.ts';
import { icon } from '../../ui/icons.ts';
import { actionW, below, columns, columnsThatFit, grid, inset, place, type Rect } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../../ui/theme.ts';
import { classFilesButton, debriefRow } from './classFiles.ts';
import { pitfalls, questions, starsAndFormats } from './debriefCards.ts';
import { LivePart } from './livePart.ts';
import { ModeScene, type PagerWords, pagesOf } from './ModeScene.ts';

/** The note when no result came back: at least this high. */
const EMPTY_H = 120;
/** A part measured has all the height it wants. */
const UNBOUNDED = 100_000;
/** Where the screen-reader copies of a part measured go: nowhere. */
const OFF_SCREEN: Placer = { place: (el) => el };
/** A mission's tab narrower than this cuts its name: fewer in a row. */
const MIN_TAB_W = 120;

/** Cards two to a page where both of a pair fit in `room`, else one to a page. */
function pairsThatFit(heights: readonly number[], room: number): number[][] {
  const pages: number[][] = [];
  for (let i = 0; i < heights.length; i++) {
    const next = heights[i + 1];
    if (next !== undefined && (heights[i] ?? 0) <= room && next <= room) {
      pages.push([i, i + 1]);
      i += 1;
    } else pages.push([i]);
  }
  return pages;
}

/** The class as the debrief shows it: the session, its missions and the figures of the codes counted. */
interface ShownClass {
  sessionCode: string;
  missions: Mission[];
  stats: ClassStats;
}

/** The codes counted so far, kept between redraws so that a code coming in is the only one read. */
interface Counted {
  sessionCode: string;
  missions: Mission[];
  accepted: readonly string[];
  tally: ClassTally;
}

/** What the page shown belongs to: the session, the mission and the results. */
const shownOf = (view: ShownClass, index: number) => `${view.sessionCode} ${index} ${view.stats.pupils}`;

/** The class debrief: how the stars spread, what was chosen, the commonest pitfalls and what to discuss. */
export class ClassDebriefScene extends ModeScene {
  /** The page shown, for the mission and the results it belongs to. */
  private shown = { of: '', page: 0 };
  private counted: Counted | null = null;

  create(): void {
    const teacher = this.teacher().teacher;
    const s = teacher.getState();
    let view = this.classOf(s);
    if (!view) return;
    this.enter(t('teacher.debrief'));
    const layer = this.s.layer;
    // The strip at the top says how many results came back: it follows them, as the cards do.
    const head = new LivePart(this, layer, () => {
      if (!view) return;
      const results = t('classDebrief.results', { n: view.stats.pupils });
      this.topBar(
        `${t('teacher.debrief')} — ${t('teacher.sessionTitle', { code: view.sessionCode })}`,
        results,
      );
      // The count for screen readers (the strip's text is on the canvas only); the tests read it too.
      const count = layer.place(document.createElement('p'));
      count.textContent = results;
      count.dataset.classCount = String(view.stats.pupils);
      onShutdown(this, () => count.remove());
    });

    const body = this.frame('mission').body;
    let top = body.y;
    const missions = view.missions;
    if (missions.length > 1) {
      // As many tabs in a row as fit, each a touch high.
      const perRow = columnsThatFit(body.w, MIN_TAB_W, 4);
      const lines = Math.ceil(missions.length / perRow);
      const tabs = { ...body, y: body.y - space.m, h: lines * control.touch + (lines - 1) * space.l };
      grid(tabs, missions.length, perRow, space.l, control.touch).forEach((tab, i) => {
        const m = missions[i];
        if (!m) return;
        this.btn({
          ...tab,
          text: t('classDebrief.mission', { n: i + 1 }),
          ariaLabel: labelled(t('classDebrief.mission', { n: i + 1 }), tx(m.title)),
          pressed: i === s.debriefMission,
          compact: true,
          onPress: () => teacher.getState().showMission(i),
        });
      });
      top = tabs.y + tabs.h + space.l;
    }
    const index = Math.min(s.debriefMission, missions.length - 1);
    const shownMission = missions[index];
    if (shownMission) {
      // Which mission the cards are of: the tabs name it to screen readers only, and one alone has no tab.
      const heading = label(this, body.x, top, tx(shownMission.title), {
        width: body.w,
        bold: true,
        layer,
        tag: 'h2',
      });
      top = heading.y + heading.height + space.m;
    }
    const area = below(body, top);
    const cards = new LivePart(this, layer, () => {
      const mission = missions[index];
      const stats = view?.stats.missions[index];
      if (view && mission && stats) this.cards(view, index, mission, stats, area);
    });

    // Going back and keeping the results share the row (a phone sideways shares it with the pages too).
    const row = debriefRow(this.frame().actions, this.halves());
    this.btn({
      ...row.back,
      text: t('classDebrief.back'),
      icon: 'arrow-left',
      onPress: () => teacher.getState().backToSession(),
    });
    // An import opens the session's screen, which shows what it took: nothing to redraw here.
    classFilesButton(this, row.files, () => {}, row.short);
    this.watchOn(
      teacher,
      (x) => x.debriefMission,
      () => this.refresh(),
    );
    // Codes coming in (a file, a scan): the count and the cards follow, the rest of the screen stays.
    this.watchOn(
      teacher,
      (x) => x.accepted,
      () => {
        const now = teacher.getState();
        // A file of another session opens the session's screen: nothing to redraw here.
        if (now.screen !== 'debrief') return;
        const next = this.classOf(now);
        if (!view || !next || next.sessionCode !== view.sessionCode) return this.refresh();
        // The page read stays while codes come in (back to the first on coming back with other results).
        if (this.shown.of === shownOf(view, index)) this.shown.of = shownOf(next, index);
        view = next;
        head.redraw();
        cards.redraw();
      },
    );
    this.focusDefault();
  }

  /**
   * The class from the teacher's store: the codes added since the last time are decoded and counted on
   * their own (a school's five classes are hundreds of codes, one more at a time).
   */
  private classOf(s: Pick<TeacherState, 'session' | 'sessionCode' | 'accepted'>): ShownClass | null {
    const missions = s.session ? sessionMissions(s.session, this.s.catalogue) : null;
    if (!missions || !s.sessionCode) return null;
    const was = this.counted;
    const goesOn =
      was !== null &&
      was.sessionCode === s.sessionCode &&
      was.missions.every((m, i) => m === missions[i]) &&
      was.missions.length === missions.length &&
      was.accepted.length <= s.accepted.length &&
      was.accepted.every((code, i) => s.accepted[i] === code);
    const counted = goesOn
      ? was
      : { sessionCode: s.sessionCode, missions, accepted: [], tally: new ClassTally(missions) };
    const shapes = missions.map(shapeOf);
    for (const code of s.accepted.slice(counted.accepted.length)) {
      const read = decodeResult(code, s.sessionCode, shapes);
      if (read.ok) counted.tally.add(read.result);
    }
    counted.accepted = s.accepted;
    this.counted = counted;
    return { sessionCode: s.sessionCode, missions, stats: counted.tally.stats() };
  }

  /** The mission's cards in `area`: the three side by side on a wide screen, else as many to a page as fit. */
  private cards(view: ShownClass, index: number, mission: Mission, stats: MissionStats, area: Rect): void {
    const layer = this.s.layer;
    if (view.stats.pupils === 0) this.empty(area);
    else if (sizeClass() === 'wide') {
      const cols = columns(area, [1, 1, 1], space.pad) as [Rect, Rect, Rect];
      for (const col of cols) panel(this, col.x, col.y, col.w, col.h);
      const [spread, traps, talk] = cols.map((col) => inset(col, space.pad)) as [Rect, Rect, Rect];
      starsAndFormats(this, stats, spread, layer);
      pitfalls(this, mission, stats, traps, layer);
      questions(this, mission, stats, talk, layer);
    } else {
      const of = shownOf(view, index);
      if (this.shown.of !== of) this.shown = { of, page: 0 };
      this.paged(mission, stats, area, this.shown.page);
    }
  }

  private empty(area: Rect): void {
    const textX = area.x + space.margin + iconPx.heading / 2 + space.pad;
    const text = label(this, textX, 0, t('classDebrief.empty'), {
      width: area.x + area.w - textX - space.gap,
      layer: this.s.layer,
    });
    const note = { ...area, h: Math.max(EMPTY_H, text.height + 2 * space.pad) };
    panel(this, note.x, note.y, note.w, note.h, { fill: color.tintSky, border: color.sky }).setDepth(-1);
    const mid = note.y + note.h / 2;
    icon(this, note.x + space.margin, mid, 'info', color.blue, iconPx.heading);
    text.setY(mid - text.height / 2);
  }

  /**
   * A smaller screen: the three parts as cards, one under the other (two side by side on a phone sideways),
   * as many to a page as fit, with pages.
   */
  private paged(mission: Mission, stats: MissionStats, area: Rect, at: number): void {
    const layer = this.s.layer;
    const parts: ((col: Rect, to: Placer) => number)[] = [
      (col, to) => starsAndFormats(this, stats, col, to),
      (col, to) => pitfalls(this, mission, stats, col, to),
      (col, to) => questions(this, mission, stats, col, to),
    ];
    const side = sizeClass() === 'short';
    const actions = this.frame().actions;
    const bar = side
      ? place(actions, 'end', actionW.other)
      : { ...area, y: area.y + area.h - control.touch, h: control.touch };
    const heightsAt = (w: number) =>
      parts.map((draw) => this.measure(draw, { ...inset({ ...area, w }, space.pad), h: UNBOUNDED }));
    const heights = heightsAt(area.w);
    const fitsAll = !side && pagesOf(heights, area.h, space.l).length === 1;
    const room = side || fitsAll ? area.h : bar.y - space.m - area.y;
    // A phone sideways: two cards side by side where both fit, else one across the width.
    const halfW = (area.w - space.pad) / 2;
    const halves = side ? heightsAt(halfW) : [];
    const pages = side ? pairsThatFit(halves, room) : pagesOf(heights, room, space.l);
    const page = Math.min(at, pages.length - 1);
    const shown = pages[page] ?? [];
    let y = area.y;
    shown.forEach((i, k) => {
      const w = shown.length > 1 ? halfW : area.w;
      const h = side ? room : Math.min(room, heights[i] ?? 0);
      const card = side ? { x: area.x + k * (halfW + space.pad), y: area.y, w, h } : { ...area, y, h };
      panel(this, card.x, card.y, card.w, card.h);
      // A part that fits is drawn as it was measured; one too tall keeps what fits in its card.
      const wanted = (shown.length > 1 ? halves : heights)[i] ?? 0;
      const inner = inset(card, space.pad);
      parts[i]?.(wanted <= h ? { ...inner, h: UNBOUNDED } : inner, layer);
      y += h + space.l;
    });
    if (pages.length > 1)
      this.pager(bar, page, pages.length, this.pagerWords(), (p) => {
        this.shown.page = p;
        this.refresh();
      });
  }

  private pagerWords(): PagerWords {
    return {
      key: 'debrief-page',
      page: (n, total) => t('classDebrief.page', { n, total }),
      prev: t('classDebrief.prev'),
      next: t('classDebrief.next'),
    };
  }

  /** The height a part takes at the width of `col` (drawn, then taken away), its padding included. */
  private measure(draw: (col: Rect, to: Placer) => number, col: Rect): number {
    const before = this.children.list.length;
    const bottom = draw(col, OFF_SCREEN);
    for (const o of this.children.list.slice(before)) o.destroy();
    return bottom - col.y + 2 * space.pad;
  }
}
