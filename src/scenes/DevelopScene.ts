import type { Text } from '../content/primitives.ts';
import { money, t, tx } from '../i18n/t.ts';
import { type ChoiceError, stillNeeded } from '../sim/choose.ts';
import type { Choice } from '../sim/run.ts';
import { canAdd, planView } from '../state/views.ts';
import type { Button } from '../ui/button.ts';
import { icon, setIconTint } from '../ui/icons.ts';
import { columns, grid, inset, place, type Rect } from '../ui/layout.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label, setFitted, setLabel } from '../ui/text.ts';
import { color, control, iconPx, space } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

interface Pick {
  kind: 'tool' | 'role';
  id: string;
  name: Text;
  description: Text;
  price: string;
  button?: Button;
}

/** The sidebar's width, the room a section's title takes, a card's pitch, the pager's and its buttons' widths. */
const SIDE_W = 304;
const TITLE_ROOM = 40;
const CARD_PITCH = 88;
const PAGER_W = 180;
const PAGER_BTN = 52;

/** Develop: tools and team against the budget, with the workload they can carry. */
export class DevelopScene extends GameScene {
  private pages = { tool: 0, role: 0 };

  init(data: { pages?: { tool: number; role: number } }): void {
    this.pages = data.pages ?? { tool: 0, role: 0 };
  }

  create(): void {
    const cat = this.s.catalogue;
    const run = this.state.run;
    const mission = cat.missions[run?.missionId ?? ''];
    if (!run || !mission) return;
    this.enter(`${t('phase.develop')} — ${t('develop.title')}`);
    this.phaseHeader(3, 'phase.develop', tx(mission.title));
    const layer = this.s.layer;

    const tools: Pick[] = Object.values(cat.tools).map((x) => ({
      kind: 'tool',
      id: x.id,
      name: x.name,
      description: x.description,
      price: money(x.cost),
    }));
    const roles: Pick[] = Object.values(cat.roles).map((x) => ({
      kind: 'role',
      id: x.id,
      name: x.name,
      description: x.description,
      price: t('develop.perWeek', { n: money(x.weeklyRate) }),
    }));

    const body = this.frame('mission').body;
    const [cards, side] = columns(body, [868, SIDE_W], space.m) as [Rect, Rect];
    const toolsTop = cards.y + TITLE_ROOM;
    const teamY = toolsTop + 3 * CARD_PITCH + space.m;
    const toolsTitle = label(this, cards.x, cards.y, '', { bold: true, layer, tag: 'h2' });
    this.grid(tools, { ...cards, y: toolsTop }, 'tool');
    const teamTitle = label(this, cards.x, teamY, '', { bold: true, layer, tag: 'h2' });
    this.grid(roles, { ...cards, y: teamY + TITLE_ROOM }, 'role');

    // The sidebar: budget, delay, refusals, the plan, then the card under the pointer or the focus.
    panel(this, side.x, side.y, side.w, side.h);
    const inner = inset(side, space.pad, space.l);
    const textX = inner.x + space.gap;
    icon(this, inner.x + space.s, inner.y + space.l, 'wallet', color.blue, iconPx.text);
    label(this, textX, inner.y, t('brief.budget'), {
      size: 'small',
      bold: true,
      maxWidth: inner.w - space.gap,
    });
    const budgetText = label(this, textX, inner.y + 26, '', { size: 'small', bold: true });
    const gauge = meter(this, layer, inner.x, inner.y + 62, inner.w, 16, t('brief.budget'));
    const delayY = inner.y + 94;
    const delayIcon = icon(this, inner.x + space.s, delayY + 12, 'clock', color.green, iconPx.text);
    const delayText = label(this, textX, delayY, '', {
      size: 'small',
      bold: true,
      width: inner.w - 20,
      layer,
    });
    const refusal = label(this, inner.x, delayY + 40, '', {
      size: 'small',
      color: color.vermilion,
      width: inner.w,
      layer,
    });
    const planList = label(this, inner.x, delayY + 96, '', { size: 'small', width: inner.w, layer });
    const detailMin = inner.y + 330;
    const detailTitle = label(this, inner.x, detailMin, '', { bold: true, width: inner.w });
    const detail = label(this, inner.x, detailMin, '', {
      size: 'small',
      width: inner.w,
      color: color.inkSoft,
    });
    const layoutDetail = () => {
      detailTitle.setY(Math.max(detailMin, planList.y + planList.height + space.m));
      detail.setY(detailTitle.y + detailTitle.height + space.xs);
    };
    const show = (p: Pick) => {
      setFitted(detailTitle, tx(p.name), 'body', 60);
      layoutDetail();
      setFitted(detail, tx(p.description), 'small', Math.max(24, inner.y + inner.h - detail.y));
    };
    for (const p of [...tools, ...roles]) {
      p.button?.el.addEventListener('focus', () => show(p));
      p.button?.el.addEventListener('pointerenter', () => show(p));
    }

    const next = this.btn({
      ...place(this.frame('mission').actions, 'end', SIDE_W),
      text: t('develop.next'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => {
        if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
      },
    });

    const refresh = () => {
      const s = this.state;
      const view = planView(s, cat);
      const r = s.run;
      if (!view || !r) return;
      setLabel(toolsTitle, t('develop.tools', { n: r.tools.length, max: mission.maxTools }));
      setLabel(teamTitle, t('develop.team', { n: r.team.length, max: mission.maxTeam }));
      const budget = t('develop.budget', { cost: money(view.cost), budget: money(mission.budget) });
      setLabel(
        budgetText,
        t('develop.budgetShort', { cost: money(view.cost), budget: money(mission.budget) }),
      );
      gauge.set(view.cost, mission.budget, budget);
      const late = view.weeksLate > 0;
      setLabel(delayText, late ? t('develop.late', { n: view.weeksLate }) : t('develop.onTime'));
      setIconTint(delayIcon, late ? color.orange : color.green);
      const idle = view.idle.map((id) =>
        t('debrief.idle', { name: tx(cat.tools[id]?.name ?? { fr: id, en: id }) }),
      );
      setLabel(refusal, [s.refusal ? this.refusalText(s.refusal) : '', ...idle].filter(Boolean).join('\n'));
      const chosenNames = [
        ...r.tools.map((id) => cat.tools[id]?.name),
        ...r.team.map((id) => cat.roles[id]?.name),
      ];
      setFitted(planList, chosenNames.flatMap((n) => (n ? [`• ${tx(n)}`] : [])).join('\n'), 'small', 150);
      layoutDetail();
      for (const p of [...tools, ...roles]) {
        const chosen = (p.kind === 'tool' ? r.tools : r.team).includes(p.id);
        p.button?.setPressed(chosen);
        p.button?.setUnavailable(!chosen && !canAdd(s, cat, p.kind, p.id));
      }
      next.setUnavailable(stillNeeded(r, mission) !== null);
    };
    refresh();
    this.watch((s) => [s.run, s.refusal] as const, refresh);
    this.focusDefault();
  }

  /** A page of choice cards (nine tools or six roles at a time), with buttons to turn the pages. */
  private grid(items: Pick[], area: Rect, kind: 'tool' | 'role'): void {
    const per = kind === 'tool' ? 9 : 6;
    const pages = Math.ceil(items.length / per);
    const page = Math.min(this.pages[kind], pages - 1);
    if (pages > 1) {
      const turn = (d: number) =>
        this.scene.restart({ pages: { ...this.pages, [kind]: (page + d + pages) % pages } });
      const what =
        kind === 'tool'
          ? t('develop.toolsPage', { n: page + 1, total: pages })
          : t('develop.teamPage', { n: page + 1, total: pages });
      // The pager sits at the right end of the section's title line: ‹ 1 / 2 ›.
      const pager = place({ ...area, y: area.y - TITLE_ROOM - space.m }, 'end', PAGER_W, control.touch);
      label(this, pager.x + PAGER_W / 2, pager.y + space.m, `${page + 1} / ${pages}`, {
        size: 'small',
        bold: true,
        maxWidth: PAGER_W - 2 * PAGER_BTN,
        align: 'center',
        color: color.inkSoft,
      });
      this.btn({
        ...pager,
        w: PAGER_BTN,
        text: '',
        icon: 'arrow-left',
        key: `prev-${kind}`,
        ariaLabel: `${t('develop.previous')} — ${what}`,
        onPress: () => turn(-1),
      });
      this.btn({
        ...place(pager, 'end', PAGER_BTN),
        text: '',
        icon: 'arrow-right',
        key: `next-${kind}`,
        ariaLabel: `${t('develop.following')} — ${what}`,
        onPress: () => turn(1),
      });
    }
    const cells = grid(area, per, 3, space.s, CARD_PITCH - space.s);
    items.slice(page * per, page * per + per).forEach((p, i) => {
      p.button = this.btn({
        ...(cells[i] as Rect),
        variant: 'choice',
        compact: true,
        text: tx(p.name),
        detail: p.price,
        avatar: kind === 'role' ? `role:${p.id}` : undefined,
        pressed: false,
        sound: null,
        key: `${kind}-${p.id}`,
        onPress: () => this.toggle(p),
      });
      p.button.el.setAttribute('aria-description', tx(p.description));
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

  private refusalText(error: ChoiceError): string {
    if (error === 'over-budget') return t('refusal.over-budget');
    if (error === 'too-many') return t('refusal.too-many');
    return t('refusal.other');
  }
}
