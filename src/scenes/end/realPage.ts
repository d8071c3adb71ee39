import type { Route, RouteKind } from '../../content/types.ts';
import { t, tx } from '../../i18n/t.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { icon } from '../../ui/icons.ts';
import { below, columns, columnsThatFit, grid, inset, type Rect } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, LINE, size, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { ROUTE_KIND_NAMES } from '../names.ts';
import type { PageResult } from './layout.ts';
import { textH } from './measure.ts';
import { type Block, flow, pagerInBar, pagerRoom, splitIntoParts } from './parts.ts';

const KIND_ICONS: Record<RouteKind, IconName> = {
  study: 'graduation-cap',
  'job-search': 'users',
  pay: 'wallet',
};

const LIST_W = 400;
/** The route's kind icon, beside its kind and title. */
const KIND_PX = 40;

/** "Et dans la vraie vie ?": the real routes into the job (levels/catalogue/routes.json), one at a time. */
export function realPage(scene: GameScene, view: EndView, area: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const routes = s.catalogue.routes;
  if (sizeClass() !== 'wide') return compactReal(scene, view, area);
  const [list, page] = columns(area, [LIST_W, area.w - LIST_W - space.l], space.l) as [Rect, Rect];
  const n = Math.max(1, routes.length);
  const itemH = Math.min(control.h + space.pad, (list.h - space.s * (n - 1)) / n);
  const items = grid(list, routes.length, 1, space.s, itemH);
  routes.forEach((route, i) => {
    scene.btnPublic({
      ...(items[i] as Rect),
      variant: 'choice',
      compact: true,
      icon: KIND_ICONS[route.kind],
      text: tx(route.title),
      key: `route-${route.id}`,
      pressed: i === view.review.route,
      sound: 'select',
      onPress: () => s.store.getState().showRoute(i),
    });
  });

  const route = routes[view.review.route];
  if (!route) return {};
  panel(scene, page.x, page.y, page.w, page.h, { fill: color.tintSky, border: color.sky });
  const inner = inset(page, space.gap, space.pad);
  const intro = label(scene, inner.x, inner.y, t('end.realIntro'), {
    size: 'small',
    color: color.inkSoft,
    width: inner.w,
    layer,
  });
  // The kind over the title, both beside the kind's icon.
  const textX = inner.x + KIND_PX + space.m;
  const kind = label(scene, textX, intro.y + intro.height + space.l, t(ROUTE_KIND_NAMES[route.kind]), {
    size: 'small',
    bold: true,
    color: color.blue,
  });
  const title = label(scene, textX, kind.y + kind.height, tx(route.title), {
    size: 'h2',
    bold: true,
    width: inner.x + inner.w - textX,
    layer,
    tag: 'h2',
  });
  icon(scene, inner.x + KIND_PX / 2, title.y, KIND_ICONS[route.kind], color.blue, KIND_PX);
  const body = label(scene, inner.x, title.y + title.height + space.l, tx(route.text), {
    width: inner.w,
    layer,
  });
  const facts = label(scene, inner.x, body.y + body.height + space.pad, t('end.routeFacts'), {
    size: 'small',
    bold: true,
    layer,
  });
  let fy = facts.y + facts.height + space.s;
  const factX = inner.x + space.pad + space.m;
  for (const id of route.facts) {
    const fact = s.catalogue.facts[id];
    if (!fact) continue;
    icon(scene, inner.x + space.m, fy + space.m, 'lightbulb', color.orange, iconPx.text);
    const l = label(scene, factX, fy, tx(fact.title), {
      size: 'small',
      width: inner.x + inner.w - factX,
      layer,
    });
    fy += l.height + space.m;
  }
  return {};
}

/**
 * A phone or a low screen: the routes as a strip of buttons with their kind's icon (their titles said to
 * screen readers and written on the route's page under them), then the route on show, in parts if long.
 */
function compactReal(scene: GameScene, view: EndView, area: Rect): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const routes = s.catalogue.routes;
  const route = routes[view.review.route];
  panel(scene, area.x, area.y, area.w, area.h, { fill: color.tintSky, border: color.sky });
  const page = inset(area, space.pad, space.l);
  // A low screen: the intro and the routes on the left, the route on show at the right.
  const low = pagerInBar();
  const [side, main] = low ? (columns(page, [1, 2], space.gap) as [Rect, Rect]) : [page, page];
  const introText = t('end.realIntro');
  const introH = textH(scene, introText, { size: 'small', width: side.w });
  const blocks = route ? routeBlocks(scene, route, main.x, main.w) : [];
  const routeH = blocks.reduce((sum, b) => sum + b.h + space.l, 0);
  // The routes by name, one under the other, where the route on show still fits under them (a tall
  // screen); else a strip of buttons with their kind's icon (their names said to screen readers).
  const itemH = control.h;
  const gap = space.s;
  const listH = routes.length * (itemH + gap) - gap;
  const named = !low && introH + space.m + listH + space.pad + routeH <= page.h;
  const perRow = named ? 1 : columnsThatFit(side.w, control.icon, routes.length, gap);
  const w = named ? side.w : Math.min((side.w - gap * (perRow - 1)) / perRow, 2 * control.h);
  const h = named ? itemH : control.compact;
  const listRows = Math.ceil(routes.length / perRow);
  const stripH = listRows * (h + gap) - gap;
  // On a small phone the intro goes after the route when, above it, it would leave the route's first part
  // only its title.
  const partRoom = page.h - introH - space.m - stripH - space.pad - pagerRoom();
  const [first = []] = splitIntoParts(blocks, partRoom, space.l);
  const introLast = !low && routeH - space.l > partRoom + pagerRoom() && first.length < 2;
  const listY = introLast ? page.y : page.y + introH + space.m;
  if (!introLast)
    label(scene, side.x, side.y, introText, { size: 'small', color: color.inkSoft, width: side.w, layer });
  routes.forEach((r, i) => {
    scene.btnPublic({
      x: side.x + (i % perRow) * (w + gap),
      y: listY + Math.floor(i / perRow) * (h + gap),
      w,
      h,
      variant: named ? 'choice' : 'secondary',
      compact: named,
      text: named ? tx(r.title) : '',
      icon: KIND_ICONS[r.kind],
      ariaLabel: named ? undefined : tx(r.title),
      key: `route-${r.id}`,
      pressed: i === view.review.route,
      sound: 'select',
      onPress: () => s.store.getState().showRoute(i),
    });
  });
  if (!route) return {};
  const inner = low ? main : below(page, listY + stripH + space.pad);
  const introBlock: Block = {
    h: introH,
    draw: (y) =>
      label(scene, side.x, y, introText, { size: 'small', color: color.inkSoft, width: side.w, layer }),
  };
  return flow(
    scene,
    `real:${view.review.route}`,
    inner,
    introLast ? [...blocks, introBlock] : blocks,
    space.l,
  );
}

/** A route's page: its kind and title beside its icon, its text, the facts it rests on. */
function routeBlocks(scene: GameScene, route: Route, x: number, w: number): Block[] {
  const s = scene.services;
  const layer = s.layer;
  const textX = x + KIND_PX + space.m;
  const titleW = x + w - textX;
  const kindH = Math.ceil(size.small * LINE);
  const titleH = textH(scene, tx(route.title), { size: 'h2', bold: true, width: titleW });
  const factX = x + iconPx.text + space.m;
  const factW = x + w - factX;
  const facts = route.facts.map((id) => s.catalogue.facts[id]).filter((f) => f !== undefined);
  const factHs = facts.map((f) =>
    Math.max(iconPx.text, textH(scene, tx(f.title), { size: 'small', width: factW })),
  );
  const factsHeadH = Math.ceil(size.small * LINE);
  return [
    {
      h: kindH + titleH,
      draw: (y) => {
        label(scene, textX, y, t(ROUTE_KIND_NAMES[route.kind]), {
          size: 'small',
          bold: true,
          color: color.blue,
        });
        label(scene, textX, y + kindH, tx(route.title), {
          size: 'h2',
          bold: true,
          width: titleW,
          layer,
          tag: 'h2',
        });
        icon(scene, x + KIND_PX / 2, y + kindH, KIND_ICONS[route.kind], color.blue, KIND_PX);
      },
    },
    {
      h: textH(scene, tx(route.text), { width: w }),
      draw: (y) => label(scene, x, y, tx(route.text), { width: w, layer }),
    },
    {
      h: factsHeadH + space.s + factHs.reduce((a, b) => a + b + space.xs, 0),
      draw: (y) => {
        label(scene, x, y, t('end.routeFacts'), { size: 'small', bold: true, layer });
        let fy = y + factsHeadH + space.s;
        facts.forEach((fact, i) => {
          icon(scene, x + iconPx.text / 2, fy + iconPx.text / 2, 'lightbulb', color.orange, iconPx.text);
          const rowH = factHs[i] ?? 0;
          const l = label(scene, factX, fy, tx(fact.title), { size: 'small', width: factW, layer });
          l.setY(fy + (rowH - l.height) / 2);
          fy += rowH + space.xs;
        });
      },
    },
  ];
}
