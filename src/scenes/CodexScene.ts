import type { Fact } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { icon } from '../ui/icons.ts';
import { panel } from '../ui/panel.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

const PER_PAGE = 10;

interface CodexData {
  page?: number;
  selected?: string;
}

/** The notebook of facts about the real job: the cards met in this career, the others still blank. */
export class CodexScene extends GameScene {
  create(data: CodexData = {}): void {
    const facts = Object.values(this.s.catalogue.facts);
    const met = new Set(this.state.career?.factsMet ?? []);
    const pages = Math.max(1, Math.ceil(facts.length / PER_PAGE));
    const page = Math.min(Math.max(0, data.page ?? 0), pages - 1);
    const layer = this.s.layer;
    this.enter(t('codex.title'));
    label(this, 48, 24, t('codex.title'), { size: 'h1', bold: true });
    label(this, 48, 84, t('codex.count', { n: met.size, total: facts.length }), {
      color: color.inkSoft,
      layer,
    });

    facts.slice(page * PER_PAGE, (page + 1) * PER_PAGE).forEach((fact, i) => {
      const known = met.has(fact.id);
      const number = facts.indexOf(fact) + 1;
      this.btn({
        x: 48 + (i % 2) * 300,
        y: 128 + Math.floor(i / 2) * 96,
        w: 284,
        h: 84,
        variant: 'choice',
        compact: true,
        key: fact.id,
        icon: known ? 'lightbulb' : 'lock',
        // No-break spaces keep the card's number with the last word when the name wraps.
        text: known ? tx(fact.title) : `${t('codex.locked')}\u00a0·\u00a0${number}`,
        pressed: data.selected === fact.id,
        unavailable: !known,
        onPress: () => this.refresh({ page, selected: fact.id }),
      });
    });
    this.pager(page, pages, data.selected);
    this.detail(data.selected ? this.s.catalogue.facts[data.selected] : undefined, met);
    this.closeButton();
    this.focusDefault();
  }

  private pager(page: number, pages: number, selected: string | undefined): void {
    if (pages < 2) return;
    const go = (n: number) => this.refresh({ page: n, selected });
    this.btn({
      x: 48,
      y: 636,
      w: 64,
      h: 64,
      text: '',
      icon: 'arrow-left',
      key: 'codex-prev',
      ariaLabel: t('codex.prev'),
      unavailable: page === 0,
      onPress: () => page > 0 && go(page - 1),
    });
    label(this, 316, 654, t('codex.page', { n: page + 1, total: pages }), {
      bold: true,
      align: 'center',
      layer: this.s.layer,
    });
    this.btn({
      x: 520,
      y: 636,
      w: 64,
      h: 64,
      text: '',
      icon: 'arrow-right',
      key: 'codex-next',
      ariaLabel: t('codex.next'),
      unavailable: page === pages - 1,
      onPress: () => page < pages - 1 && go(page + 1),
    });
  }

  private detail(fact: Fact | undefined, met: Set<string>): void {
    const layer = this.s.layer;
    panel(this, 656, 128, 576, 480, { fill: color.card, border: color.sky, borderWidth: 2 });
    if (!fact) {
      icon(this, 944, 320, 'book-open', color.line, 96);
      label(this, 944, 392, t('codex.empty'), { color: color.inkSoft, align: 'center', width: 480 });
      return;
    }
    if (!met.has(fact.id)) {
      icon(this, 944, 300, 'lock', color.inkSoft, 72);
      label(this, 944, 360, t('codex.lockedHint'), { align: 'center', width: 480, layer });
      return;
    }
    icon(this, 704, 176, 'lightbulb', color.blue, 40);
    const title = label(this, 740, 156, tx(fact.title), {
      size: 'h2',
      bold: true,
      width: 460,
      layer,
      tag: 'h2',
    });
    const text = label(this, 688, Math.max(216, title.y + title.height + 16), tx(fact.text), {
      width: 512,
      layer,
    });
    if (fact.dated) {
      const y = text.y + text.height + 20;
      icon(this, 704, y + 14, 'calendar', color.orange, 28);
      label(this, 732, y, t('codex.dated'), { size: 'small', width: 468, color: color.inkSoft, layer });
    }
  }
}
