import type { SoundId } from '../audio/audio.ts';
import { INDICATORS } from '../content/vocabulary.ts';
import { listed, num, t, tx } from '../i18n/t.ts';
import { type ResultsView, resultsView } from '../state/views.ts';
import { ICON_TEXT_X, TEXT_END_PAD } from '../ui/button.ts';
import type { Placer } from '../ui/domLayer.ts';
import { icon } from '../ui/icons.ts';
import { actionW, below, columns, inset, place, type Rect, rows } from '../ui/layout.ts';
import { panel } from '../ui/panel.ts';
import { starsArrive } from '../ui/reveal.ts';
import { starRow } from '../ui/stars.ts';
import { label } from '../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../ui/theme.ts';
import { textSize } from './end/measure.ts';
import { GameScene } from './GameScene.ts';
import { INDICATOR_NAMES } from './names.ts';
import { type Block, flow } from './parts/flow.ts';
import { PAGER_W, type PagerOptions, pager } from './parts/pager.ts';
import { speaker, speakerHeight } from './parts/speaker.ts';
import { leastTabsW, type Tab, tabRow } from './parts/tabRow.ts';
import { MARK, markedLine } from './results/blocks.ts';
import { designPage } from './results/designPage.ts';
import {
  debriefBlock,
  debriefBlockHeight,
  factBlock,
  indicatorGauge,
  indicatorsBlock,
  reasonBlock,
  summaryBlock,
  unmeasuredBlock,
  unmeasuredValue,
} from './results/resultBlocks.ts';
import { keepShown, type ResultsTab, shownFor } from './results/shown.ts';

const JINGLES: SoundId[] = ['jingle-bad', 'jingle-mid', 'jingle-mid', 'jingle-good'];
/** The least a pager keeps in a row: its two arrows and "n / m" between them. */
const LEAST_PAGER_W = 200;

interface ResultsData {
  tab?: ResultsTab;
  page?: number;
}

/** Evaluate: stars, the four indicators, and why — computed from the player's own choices. */
export class ResultsScene extends GameScene {
  private revealing = false;

  create(data: ResultsData = {}): void {
    const cat = this.s.catalogue;
    const view = resultsView(this.state, cat);
    const run = this.state.run;
    if (!view || !run) return;
    this.enter(t('results.title'));
    this.phaseHeader(5, 'phase.evaluate', tx(view.mission.title));
    // The codex opened from the debrief comes back to the tab and page it was opened from.
    const before = shownFor(run);
    const tab: ResultsTab = view.design ? (data.tab ?? before?.tab ?? 'results') : 'results';
    const page = data.page ?? (before?.tab === tab ? before.page : 0);
    keepShown(run, { tab, page });
    if (!before) this.s.audio.play(JINGLES[view.stars] ?? 'jingle-mid');
    // The first time the results show, the stars arrive one by one and the indicators count up.
    this.revealing = !before;

    const { body } = this.frame('mission');
    const upright = sizeClass() === 'narrow';
    // Upright the tabs head the body; elsewhere they share the action row with the pager and the way on.
    const tabs = view.design ? this.tabs(tab) : null;
    let area = body;
    if (upright && tabs) {
      tabRow(this, { ...body, h: control.compact }, tabs, true);
      area = below(body, body.y + control.compact + space.l);
    }
    if (tab === 'design' && view.design) {
      const pagerRoom = upright ? control.h + space.l : 0;
      const cols = upright ? 1 : 2;
      const shown = designPage(this, view.design, view.score, area, {
        cols,
        page,
        pagerRoom,
        sections: !upright,
      });
      this.ways(view, tabs, { ...shown, key: 'design', go: (n) => this.refresh({ tab, page: n }) }, area);
    } else if (sizeClass() === 'wide') {
      this.wide(view);
      this.ways(view, tabs, null, area);
    } else {
      const shown = this.paged(view, page, area);
      this.ways(view, tabs, { ...shown, key: 'results', go: (n) => this.refresh({ tab, page: n }) }, area);
    }
    if (!before)
      this.s.layer.announce(
        `${t('results.title')}. ${t('results.stars', { n: view.stars })}. ${t('results.score', { n: num(view.score) })}`,
      );
    this.focusDefault();
  }

  /** The two tabs: the results, and the learning design's debrief. */
  private tabs(tab: ResultsTab): Tab[] {
    const to = (next: ResultsTab) => () => this.refresh({ tab: next, page: 0 });
    return [
      {
        key: 'results-tab',
        text: t('results.tab'),
        icon: 'trophy',
        current: tab === 'results',
        onPress: to('results'),
      },
      {
        key: 'design-tab',
        text: t('review.tab'),
        icon: 'layout-template',
        current: tab === 'design',
        onPress: to('design'),
      },
    ];
  }

  /**
   * The way on at the end of the action row; upright the pager on the body's last line; elsewhere the tabs
   * (when the design has its page) and the pager in the action row before the way on.
   */
  private ways(view: ResultsView, tabs: Tab[] | null, pages: PagerOptions | null, area: Rect): void {
    const actions = this.frame().actions;
    const next = {
      text: view.isLast ? t(this.s.mode.finishLabel) : t('results.next'),
      onPress: () => this.state.finishMission(),
    };
    const paged = pages && pages.pages > 1 ? pages : null;
    if (sizeClass() === 'narrow') {
      if (paged) pager(this, { ...area, y: area.y + area.h - control.h, h: control.h }, paged);
      this.nextAction(next, 'alone');
      return;
    }
    if (!tabs) {
      // As before the design had its page: the pager at the start of a low screen's row.
      if (paged)
        pager(
          this,
          place(
            actions,
            'start',
            Math.min(actions.w - actionW.next - space.gap, actionW.other + 2 * control.h),
          ),
          paged,
        );
      this.nextAction(next, sizeClass() === 'short' ? 'alone' : 'shared');
      return;
    }
    // A low screen gives the way on only the width its name needs, to leave the tabs theirs.
    const needed = textSize(this, next.text, { bold: true }).w + ICON_TEXT_X + TEXT_END_PAD + space.s;
    const nextW =
      sizeClass() === 'wide' ? actionW.next : Math.min(actionW.next, Math.max(actionW.back, needed));
    this.btn({ ...place(actions, 'end', nextW), icon: 'arrow-right', variant: 'primary', ...next });
    const rest = { ...actions, w: actions.w - nextW - space.gap };
    const pagerLeast = paged ? LEAST_PAGER_W + space.gap : 0;
    const tabsW = tabRow(
      this,
      { ...rest, w: Math.max(leastTabsW(tabs.length), rest.w - pagerLeast) },
      tabs,
      false,
    );
    if (!paged) return;
    const after = { ...rest, x: rest.x + tabsW + space.gap, w: rest.w - tabsW - space.gap };
    pager(this, place(after, 'center', Math.min(PAGER_W, after.w)), paged);
  }

  private wide(view: ResultsView): void {
    const cat = this.s.catalogue;
    const layer = this.s.layer;

    const [score, right] = columns(this.frame('mission').body, [400, 760], space.pad) as [Rect, Rect];
    panel(this, score.x, score.y, score.w, score.h);
    const mid = score.x + score.w / 2;
    const inner = inset(score, space.gap, space.margin / 2 - space.xs);
    label(this, mid, inner.y, t('results.title'), {
      size: 'h2',
      bold: true,
      align: 'center',
      maxWidth: inner.w,
    });
    const stars = starRow(this, mid, score.y + 116, view.stars, 68);
    if (this.revealing) starsArrive(this, stars, view.stars, () => this.s.audio.play('star'));
    label(this, mid, score.y + 160, t('results.stars', { n: view.stars }), {
      bold: true,
      align: 'center',
      layer,
    });
    label(this, mid, score.y + 196, t('results.score', { n: num(view.score) }), { align: 'center', layer });
    INDICATORS.forEach((k, i) => {
      const y = score.y + 256 + i * 62;
      const value = view.indicators[k] ?? 0;
      if (!view.measured.includes(k)) {
        unmeasuredValue(this, k, inner.x, y, layer);
        return;
      }
      indicatorGauge(this, k, value, { x: inner.x, y, w: inner.w, h: 14 }, layer, this.revealing);
    });

    // Why, above; the fact about the real job in the box below.
    const [why, factBox] = rows(right, [352, 144], space.l) as [Rect, Rect];
    panel(this, why.x, why.y, why.w, why.h);
    const whyIn = inset(why, space.gap, space.margin / 2 - space.xs);
    label(this, whyIn.x, whyIn.y, t('results.why'), { size: 'h2', bold: true, layer, tag: 'h2' });
    let y = whyIn.y + 56;
    // The client's word on what weighed most, before the reasons, where it leaves them their room.
    // The results left unmeasured, named at the panel's foot: their reasons are not among those above.
    const list = listed(view.unmeasured.map((k) => t(INDICATOR_NAMES[k])));
    const footText = t('review.unmeasured', { list });
    const footW = whyIn.w - MARK - space.s;
    const foot =
      view.unmeasured.length > 0 ? textSize(this, footText, { size: 'small', width: footW }).h + space.m : 0;
    const bottom = why.y + why.h - space.m - foot;
    const reasonsH = view.items.reduce((h, item) => h + debriefBlockHeight(this, item, whyIn) + space.m, 0);
    const client = view.client;
    const said = client ? tx(client.words) : '';
    if (client && bottom - y - reasonsH >= speakerHeight(this, client.who, said, whyIn.w) + space.m)
      y += speaker(this, client.who, said, whyIn.x, y, whyIn.w, layer).h + space.m;
    const room = (bottom - y) / Math.max(1, view.items.length);
    for (const item of view.items) y = debriefBlock(this, item, whyIn, y, room) + space.m;
    if (foot > 0) markedLine(this, 'warn', footText, whyIn.x, bottom + space.m, whyIn.w, layer);

    const fact = view.fact ? cat.facts[view.fact] : undefined;
    if (fact && view.fact) {
      this.state.seeFact(view.fact);
      panel(this, factBox.x, factBox.y, factBox.w, factBox.h, { fill: color.tintSky, border: color.sky });
      const factIn = inset(factBox, space.gap, space.pad - space.xs);
      icon(this, factIn.x + space.s, factIn.y + space.l, 'lightbulb', color.blue, iconPx.heading);
      const title = label(this, factIn.x + 40, factIn.y, `${t('results.fact')} ${tx(fact.title)}`, {
        bold: true,
        width: factIn.w - 40,
        maxHeight: 34,
        layer,
      });
      const top = title.y + title.height + space.s;
      label(this, factIn.x, top, tx(fact.text), {
        size: 'small',
        width: factIn.w,
        maxHeight: factBox.y + factBox.h - space.m - top,
        layer,
      });
    }
  }

  /**
   * Smaller screens: the stars, the indicators, each decision that weighed and the fact flow in one column
   * upright (two sideways), with pages when they do not fit.
   */
  private paged(view: ResultsView, asked: number, area: Rect): { page: number; pages: number } {
    const short = sizeClass() === 'short';
    const fact = view.fact ? this.s.catalogue.facts[view.fact] : undefined;
    const client = view.client;
    const blocks: Block[] = [
      (x, y, w, layer) => summaryBlock(this, view, x, y, w, layer, this.revealing),
      ...(client
        ? [
            (x: number, y: number, w: number, layer?: Placer) =>
              speaker(this, client.who, tx(client.words), x, y, w, layer),
          ]
        : []),
      (x, y, w, layer) => indicatorsBlock(this, view, x, y, w, layer, this.revealing),
      (x, y, _w, layer) => {
        const l = label(this, x, y, t('results.why'), { size: 'h2', bold: true, layer, tag: 'h2' });
        return { h: l.height, drawn: [l] };
      },
      ...view.items.map(
        (item): Block =>
          (x, y, w, layer) =>
            reasonBlock(this, item, x, y, w, layer),
      ),
      ...(view.unmeasured.length > 0
        ? [(x: number, y: number, w: number, layer?: Placer) => unmeasuredBlock(this, view, x, y, w, layer)]
        : []),
      ...(fact
        ? [
            (x: number, y: number, w: number, layer?: Placer) => {
              // Drawn with its screen-reader copy only on the page on screen (not while measuring): met.
              if (layer && view.fact) this.state.seeFact(view.fact);
              return factBlock(this, fact, x, y, w, layer);
            },
          ]
        : []),
    ];
    return flow(
      blocks,
      area,
      {
        cols: short ? 2 : 1,
        page: asked,
        pagerRoom: short ? 0 : control.h + space.l,
        keep: [client ? 3 : 2],
        gap: space.l,
        layer: this.s.layer,
      },
      this,
    );
  }
}
