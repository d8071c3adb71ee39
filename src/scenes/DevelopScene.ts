import { money, t, tx } from '../i18n/t.ts';
import { planCost } from '../sim/budget.ts';
import type { ChoiceError } from '../sim/choose.ts';
import type { Choice } from '../sim/run.ts';
import type { Mission, Text } from '../sim/types.ts';
import { planView } from '../state/views.ts';
import type { Button } from '../ui/button.ts';
import { icon, setIconTint } from '../ui/icons.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label, setFitted, setLabel } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

interface Pick {
  kind: 'tool' | 'role';
  id: string;
  name: Text;
  description: Text;
  price: string;
  button?: Button;
}

/** Develop: tools and team against the budget, with the workload they can carry. */
export class DevelopScene extends GameScene {
  private pages = { tool: 0, role: 0 };

  constructor() {
    super('develop');
  }

  init(data: { pages?: { tool: number; role: number } }): void {
    this.pages = data.pages ?? { tool: 0, role: 0 };
  }

  create(): void {
    const cat = this.s.catalogue;
    const run = this.state.run;
    const mission = cat.missions[run?.missionId ?? ''];
    if (!run || !mission) return;
    this.enter('develop', `${t('phase.develop')} — ${t('develop.title')}`);
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

    const toolsTitle = label(this, 48, 92, '', { bold: true, layer, tag: 'h2' });
    this.grid(tools, 136, 'tool');
    const teamTitle = label(this, 48, 412, '', { bold: true, layer, tag: 'h2' });
    this.grid(roles, 456, 'role');

    panel(this, 928, 92, 304, 516);
    icon(this, 960, 124, 'wallet', color.blue, 28);
    label(this, 984, 110, t('brief.budget'), { size: 'small', bold: true, maxWidth: 224 });
    const budgetText = label(this, 984, 136, '', { size: 'small', bold: true });
    const gauge = meter(this, layer, 952, 172, 256, 16, t('brief.budget'));
    const delayIcon = icon(this, 960, 216, 'clock', color.green, 28);
    const delayText = label(this, 984, 204, '', { size: 'small', bold: true, width: 236, layer });
    const refusal = label(this, 952, 244, '', { size: 'small', color: color.vermilion, width: 256, layer });
    const planList = label(this, 952, 300, '', { size: 'small', width: 256, layer });
    const detailTitle = label(this, 952, 450, '', { bold: true, width: 256 });
    const detail = label(this, 952, 482, '', { size: 'small', width: 256, color: color.inkSoft });
    // The sidebar flows: the plan, then the card under the pointer or the focus, down to the button.
    const layoutDetail = () => {
      detailTitle.setY(Math.max(440, planList.y + planList.height + 12));
      detail.setY(detailTitle.y + detailTitle.height + 4);
    };
    const show = (p: Pick) => {
      setFitted(detailTitle, tx(p.name), 'body', 60);
      layoutDetail();
      setFitted(detail, tx(p.description), 'small', Math.max(24, 592 - detail.y));
    };
    for (const p of [...tools, ...roles]) {
      p.button?.el.addEventListener('focus', () => show(p));
      p.button?.el.addEventListener('pointerenter', () => show(p));
    }

    const next = this.btn({
      x: 928,
      y: 624,
      w: 304,
      h: 64,
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
        p.button?.setUnavailable(!chosen && !this.fits(mission, p));
      }
      next.setUnavailable(r.tools.length === 0);
    };
    refresh();
    this.watch((s) => [s.run, s.refusal] as const, refresh);
    this.focusDefault();
  }

  /** A page of choice cards (nine tools or six roles at a time), with buttons to turn the pages. */
  private grid(items: Pick[], top: number, kind: 'tool' | 'role'): void {
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
      label(this, 730, top - 44, `${page + 1} / ${pages}`, {
        size: 'small',
        bold: true,
        maxWidth: 60,
        align: 'center',
        color: color.inkSoft,
      });
      this.btn({
        x: 640,
        y: top - 56,
        w: 52,
        h: 48,
        text: '',
        icon: 'arrow-left',
        key: `prev-${kind}`,
        ariaLabel: `${t('develop.previous')} — ${what}`,
        onPress: () => turn(-1),
      });
      this.btn({
        x: 768,
        y: top - 56,
        w: 52,
        h: 48,
        text: '',
        icon: 'arrow-right',
        key: `next-${kind}`,
        ariaLabel: `${t('develop.following')} — ${what}`,
        onPress: () => turn(1),
      });
    }
    items.slice(page * per, page * per + per).forEach((p, i) => {
      p.button = this.btn({
        x: 48 + (i % 3) * 284,
        y: top + Math.floor(i / 3) * 88,
        w: 272,
        h: 80,
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

  /** Whether adding p keeps the plan within budget and limits, so the card can look unavailable. */
  private fits(mission: Mission, p: Pick): boolean {
    const r = this.state.run;
    if (!r) return false;
    const tools = p.kind === 'tool' ? [...r.tools, p.id] : r.tools;
    const team = p.kind === 'role' ? [...r.team, p.id] : r.team;
    if (tools.length > mission.maxTools || team.length > mission.maxTeam) return false;
    return planCost({ tools, team }, mission, this.s.catalogue) <= mission.budget;
  }

  private refusalText(error: ChoiceError): string {
    if (error === 'over-budget') return t('refusal.over-budget');
    if (error === 'too-many') return t('refusal.too-many');
    return t('refusal.other');
  }
}
