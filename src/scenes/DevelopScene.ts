import type * as Phaser from 'phaser';
import type { Catalogue } from '../content/types.ts';
import { money, t, tx } from '../i18n/t.ts';
import { colleagueFor } from '../sim/cast.ts';
import { stillNeeded } from '../sim/choose.ts';
import type { Choice } from '../sim/run.ts';
import { canAdd } from '../state/views.ts';
import { columns, columnsThatFit, place, type Rect } from '../ui/layout.ts';
import { label, setLabel } from '../ui/text.ts';
import { control, space } from '../ui/theme.ts';
import { PAGER_W, type Pick, pickPages } from './develop/pickPages.ts';
import { planPanel } from './develop/planPanel.ts';
import { planStatus, planStatusHeight, STATUS_LINE_W } from './develop/planStatus.ts';
import { type PlanWords, planWords } from './develop/planWords.ts';
import { GameScene } from './GameScene.ts';

/** The sidebar's width (also the way on's), the room a section's title takes, a card's pitch. */
const SIDE_W = 304;
const TITLE_ROOM = 40;
const CARD_PITCH = 88;
/** The cards beside the sidebar need this much room (three columns); with less, the sidebar is a tab. */
const CARDS_MIN_W = 736;
/** As tabs: each tab's widest, a card's least width and height, the least room for the section's title. */
const TAB_W = 140;
const CARD_MIN_W = 300;
const CARD_MIN_H = 64;
const TITLE_MIN_W = 130;

type Kind = 'tool' | 'role';
type Tab = Kind | 'budget';
type Pages = Record<Kind, number>;

/** What the layouts hand back: the sections' titles (their counts change) and what else shows the plan. */
interface Drawn {
  titles: Partial<Record<Kind, Phaser.GameObjects.Text>>;
  shows: ((w: PlanWords) => void)[];
  next: Rect;
}

/** The named colleague who fills a role, as a pick card shows them. */
function whoFills(role: string, cat: Catalogue): Pick['who'] {
  const c = colleagueFor(role, cat);
  return c ? { id: c.id, name: c.name, trait: c.traitText } : undefined;
}

/** Develop: tools and team against the budget, with the workload they can carry. */
export class DevelopScene extends GameScene {
  private pages: Pages = { tool: 0, role: 0 };
  private tab: Tab = 'tool';

  init(data: { pages?: Pages; tab?: Tab }): void {
    this.pages = data.pages ?? { tool: 0, role: 0 };
    this.tab = data.tab ?? 'tool';
  }

  create(): void {
    const cat = this.s.catalogue;
    const run = this.state.run;
    const mission = cat.missions[run?.missionId ?? ''];
    if (!run || !mission) return;
    this.enter(`${t('phase.develop')} — ${t('develop.title')}`);
    this.phaseHeader(3, 'phase.develop', tx(mission.title));

    const picks: Record<Kind, Pick[]> = {
      tool: Object.values(cat.tools).map((x) => ({
        kind: 'tool',
        id: x.id,
        name: x.name,
        description: x.description,
        price: t('brief.fictive', { n: money(x.cost) }),
      })),
      role: Object.values(cat.roles).map((x) => ({
        kind: 'role',
        id: x.id,
        name: x.name,
        description: x.description,
        who: whoFills(x.id, cat),
        price: t('develop.perWeek', { n: money(x.weeklyRate) }),
      })),
    };
    const body = this.frame('mission').body;
    const drawn =
      body.w - SIDE_W - space.m >= CARDS_MIN_W ? this.beside(body, picks) : this.tabbed(body, picks);

    const next = this.btn({
      ...drawn.next,
      text: t('develop.next'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => {
        if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
      },
    });

    const all = [...picks.tool, ...picks.role];
    const refresh = () => {
      const s = this.state;
      const r = s.run;
      const words = planWords(s, cat, mission);
      if (!words || !r) return;
      if (drawn.titles.tool)
        setLabel(drawn.titles.tool, t('develop.tools', { n: r.tools.length, max: mission.maxTools }));
      if (drawn.titles.role)
        setLabel(drawn.titles.role, t('develop.team', { n: r.team.length, max: mission.maxTeam }));
      for (const show of drawn.shows) show(words);
      for (const p of all) {
        const chosen = (p.kind === 'tool' ? r.tools : r.team).includes(p.id);
        p.button?.setPressed(chosen);
        p.button?.setUnavailable(!chosen && !canAdd(s, cat, p.kind, p.id));
      }
      next.setUnavailable(stillNeeded(r, mission, cat) !== null);
    };
    refresh();
    this.watch((s) => [s.run, s.refusal] as const, refresh);
    this.focusDefault();
  }

  /** A wide screen: tools above the team, the plan's panel beside them, the card under the pointer in it. */
  private beside(body: Rect, picks: Record<Kind, Pick[]>): Drawn {
    const layer = this.s.layer;
    const [cards, side] = columns(body, [868, SIDE_W], space.m) as [Rect, Rect];
    const toolsTop = cards.y + TITLE_ROOM;
    const teamY = toolsTop + 3 * CARD_PITCH + space.m;
    const tool = label(this, cards.x, cards.y, '', { bold: true, layer, tag: 'h2' });
    this.cards(picks.tool, 'tool', { ...cards, y: toolsTop }, 3, 3, CARD_PITCH - space.s, cards.y - space.m);
    const role = label(this, cards.x, teamY, '', { bold: true, layer, tag: 'h2' });
    this.cards(
      picks.role,
      'role',
      { ...cards, y: teamY + TITLE_ROOM },
      3,
      2,
      CARD_PITCH - space.s,
      teamY - space.m,
    );
    const plan = planPanel(this, side);
    for (const p of [...picks.tool, ...picks.role]) {
      const show = () => plan.show(tx(p.name), tx(p.description));
      p.button?.el.addEventListener('focus', show);
      p.button?.el.addEventListener('pointerenter', show);
    }
    return {
      titles: { tool, role },
      shows: [plan.update],
      next: place(this.frame('mission').actions, 'end', SIDE_W),
    };
  }

  /**
   * Smaller screens: tools, team and the plan as three tabs; the cards of a tab in pages as large as the room
   * allows, the plan's status under them (or beside the way on, when the action row has room for it).
   */
  private tabbed(body: Rect, picks: Record<Kind, Pick[]>): Drawn {
    const actions = this.frame('mission').actions;
    // The plan's status goes beside the way on when it has room there for its one-line form.
    const statusInRow = actions.w - SIDE_W - space.l >= STATUS_LINE_W;
    const next = statusInRow ? place(actions, 'end', SIDE_W) : actions;
    const statusH = planStatusHeight(statusInRow ? actions.w - SIDE_W - space.l : body.w, actions.h);
    const bottom =
      statusInRow || this.tab === 'budget' ? body.y + body.h : body.y + body.h - statusH - space.m;

    const row = { ...body, h: control.compact };
    const tabsW = Math.min(body.w, 3 * TAB_W + 2 * space.m);
    const tabs = columns(place(row, 'start', tabsW), [1, 1, 1], space.m) as Rect[];
    const names: Record<Tab, string> = {
      tool: t('develop.toolsTab'),
      role: t('develop.teamTab'),
      budget: t('brief.budget'),
    };
    // The open tab is filled (a check mark, as on pressed toggles, would cover its short name).
    (['tool', 'role', 'budget'] as const).forEach((tab, i) => {
      const open = this.tab === tab;
      this.btn({
        ...(tabs[i] as Rect),
        key: `develop-tab-${tab}`,
        text: names[tab],
        variant: open ? 'primary' : 'secondary',
        onPress: () => this.refresh({ pages: this.pages, tab }),
      }).el.setAttribute('aria-pressed', String(open));
    });
    const under = row.y + row.h + space.m;
    if (this.tab === 'budget') {
      const plan = planPanel(this, { ...body, y: under, h: bottom - under });
      return { titles: {}, shows: [plan.update], next };
    }

    const kind = this.tab;
    // The section's title and its pager: beside the tabs when there is room, else on a line of their own.
    const rest = body.w - tabsW - space.l;
    const inline = rest >= TITLE_MIN_W + PAGER_W;
    const section = inline
      ? { x: body.x + tabsW + space.l, y: body.y, w: rest, h: control.compact }
      : { ...body, y: under, h: control.touch };
    const title = label(this, section.x, section.y, '', { bold: true, layer: this.s.layer, tag: 'h2' });
    title.setY(section.y + (section.h - title.height) / 2);
    const top = inline ? under : section.y + section.h + space.m;
    const area = { ...body, y: top, h: bottom - top };
    const cols = columnsThatFit(area.w, CARD_MIN_W, 2, space.s);
    const rows = Math.max(1, Math.floor((area.h + space.s) / (CARD_MIN_H + space.s)));
    const cardH = Math.min(CARD_PITCH - space.s, (area.h - space.s * (rows - 1)) / rows);
    this.cards(
      picks[kind],
      kind,
      area,
      cols,
      rows,
      cardH,
      section.y + (section.h - control.touch) / 2,
      section,
    );
    const status = statusInRow
      ? { ...actions, w: actions.w - SIDE_W - space.l }
      : { ...body, y: bottom + space.m, h: statusH };
    return { titles: { [kind]: title }, shows: [planStatus(this, status)], next };
  }

  /** The cards of a kind in `area`, page by page, the pager at the right end of the line at `pagerY`. */
  private cards(
    items: Pick[],
    kind: Kind,
    area: Rect,
    cols: number,
    rows: number,
    cardH: number,
    pagerY: number,
    pagerRow: Rect = area,
  ): void {
    pickPages(this, items, kind, {
      area,
      cols,
      rows,
      cardH,
      pager: { ...pagerRow, y: pagerY, h: control.touch },
      page: this.pages[kind],
      turn: (page) => this.refresh({ pages: { ...this.pages, [kind]: page }, tab: this.tab }),
      toggle: (p) => this.toggle(p),
    });
  }

  private toggle(p: Pick): void {
    const r = this.state.run;
    if (!r) return;
    const on = !(p.kind === 'tool' ? r.tools : r.team).includes(p.id);
    const choice: Choice = p.kind === 'tool' ? { t: 'tool', id: p.id, on } : { t: 'role', id: p.id, on };
    if (!this.state.choose(choice)) this.s.audio.play('error');
    else this.s.audio.play(on ? 'coin' : 'deselect');
  }
}
