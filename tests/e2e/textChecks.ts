import type { Page } from 'playwright-core';

export interface TextCheck {
  /** The first part of every interface key ("title", "settings"…): "title.new" on screen is a key shown. */
  keyPrefixes: string[];
  /**
   * Words that may show untranslated: those of levels/ (French in the pseudo-locale) and the names the game
   * never translates (the credits' projects and licences). Null: no translation check (French itself).
   */
  untranslated: string[] | null;
}

/**
 * What is wrong with the texts on screen now, one line each, named by `screen`: an interface key or an
 * unfilled {placeholder} shown, a word that should have been translated, and text that does not fit:
 * a canvas text past the screen's edge, past the button it is drawn on, or over another text. The DOM
 * twins are read for keys and words only: they are transparent copies whose boxes are not what players see.
 */
export async function textProblems(page: Page, screen: string, check: TextCheck): Promise<string[]> {
  const found = await page.evaluate(
    ({ keyPrefixes, untranslated }) => {
      interface Shown {
        type: string;
        text: string;
        visible: boolean;
        alpha: number;
        list?: Shown[];
        getBounds(): { x: number; y: number; width: number; height: number };
      }
      const game = (
        window as unknown as { pedago: { game: { scene: { getScenes(active: boolean): unknown[] } } } }
      ).pedago.game;
      const canvasTexts: Shown[] = [];
      const walk = (list: Shown[]) => {
        for (const o of list) {
          if (!o.visible || o.alpha === 0) continue;
          if (o.type === 'Container' && o.list) walk(o.list);
          else if (o.type === 'Text' && o.text.trim()) canvasTexts.push(o);
        }
      };
      for (const scene of game.scene.getScenes(true) as { sys: { displayList: { list: Shown[] } } }[])
        walk(scene.sys.displayList.list);

      const canvas = document.querySelector('canvas')?.getBoundingClientRect();
      const scale = canvas ? 1280 / canvas.width : 1;
      const buttons = [...document.querySelectorAll<HTMLElement>('#ui-layer button')].map((b) => {
        const r = b.getBoundingClientRect();
        const x = (r.left - (canvas?.left ?? 0)) * scale;
        const y = (r.top - (canvas?.top ?? 0)) * scale;
        return {
          name: b.getAttribute('aria-label') ?? b.textContent ?? '',
          x,
          y,
          w: r.width * scale,
          h: r.height * scale,
        };
      });
      const domTexts = [
        ...[...document.querySelectorAll<HTMLElement>('#ui-layer *, #announcer')]
          .filter((el) => el.children.length === 0 || el.tagName === 'BUTTON')
          .map((el) => el.textContent ?? ''),
        ...[...document.querySelectorAll('#ui-layer [aria-label]')].map(
          (el) => el.getAttribute('aria-label') ?? '',
        ),
      ].filter((s) => s.trim());

      const problems: string[] = [];
      const key = new RegExp(`(^|[^\\w.])(${keyPrefixes.join('|')})\\.[A-Za-z]`);
      const allowed = untranslated ? new Set(untranslated) : null;
      let pseudoSeen = false;
      const texts = [...canvasTexts.map((o) => ['canvas', o.text]), ...domTexts.map((t) => ['DOM', t])];
      for (const [where, text] of texts as [string, string][]) {
        if (key.test(text)) problems.push(`${where} shows a key: "${text}"`);
        if (/\{\w+\}/.test(text)) problems.push(`${where} shows a placeholder: "${text}"`);
        if (!allowed) continue;
        let rest = text;
        for (let before = ''; before !== rest; ) {
          before = rest;
          rest = rest.replace(/\[[^[\]]*\]/g, ' ');
        }
        if (rest !== text) pseudoSeen = true;
        const words = (rest.match(/\p{L}[\p{L}'’·-]*/gu) ?? []).filter(
          (w) => w.length > 1 && !allowed.has(w),
        );
        if (words.length) problems.push(`${where} text not translated (${words.join(', ')}): "${text}"`);
      }
      if (allowed && !pseudoSeen) problems.push('no pseudo-translated text at all');

      const boxes = canvasTexts.map((o) => ({ text: o.text, ...o.getBounds() }));
      for (const b of boxes) {
        const where = `"${b.text.slice(0, 60)}"`;
        if (b.x < -1 || b.y < -1 || b.x + b.width > 1281 || b.y + b.height > 721)
          problems.push(`${where} passes the edge of the screen`);
        const cx = b.x + b.width / 2;
        const cy = b.y + b.height / 2;
        const on = buttons
          .filter((r) => cx > r.x && cx < r.x + r.w && cy > r.y && cy < r.y + r.h)
          .sort((p, q) => p.w * p.h - q.w * q.h)[0];
        if (
          on &&
          (b.x < on.x - 1 ||
            b.y < on.y - 1 ||
            b.x + b.width > on.x + on.w + 1 ||
            b.y + b.height > on.y + on.h + 1)
        )
          problems.push(`${where} passes the edges of its button "${on.name.slice(0, 40)}"`);
      }
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (w > 2 && h > 2) problems.push(`"${a.text.slice(0, 40)}" and "${b.text.slice(0, 40)}" overlap`);
        }
      });
      return problems;
    },
    { keyPrefixes: check.keyPrefixes, untranslated: check.untranslated },
  );
  return found.map((p) => `${screen}: ${p}`);
}

/** The words of every text in the catalogue (levels/, as the browser got it), in every language it has. */
export async function catalogueWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = new Set<string>();
    const walk = (v: unknown) => {
      if (typeof v === 'string') for (const w of v.match(/\p{L}[\p{L}'’·-]*/gu) ?? []) words.add(w);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk((window as unknown as { pedago: { catalogue: unknown } }).pedago.catalogue);
    return [...words];
  });
}
