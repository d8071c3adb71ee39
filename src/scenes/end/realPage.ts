import { t, tx } from '../../i18n/t.ts';
import type { RouteKind } from '../../sim/types.ts';
import type { EndView } from '../../state/endView.ts';
import type { IconName } from '../../ui/iconNames.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { ROUTE_KIND_NAMES } from '../names.ts';
import { CONTENT, type PageResult } from './layout.ts';

const KIND_ICONS: Record<RouteKind, IconName> = {
  study: 'graduation-cap',
  'job-search': 'users',
  pay: 'wallet',
};

const LIST_W = 400;

/** "Et dans la vraie vie ?": the real routes into the job (levels/catalogue/routes.json), one at a time. */
export function realPage(scene: GameScene, view: EndView): PageResult {
  const s = scene.services;
  const layer = s.layer;
  const routes = s.catalogue.routes;
  const { x, y, w, h } = CONTENT;
  const step = Math.min(90, (h + 10) / Math.max(1, routes.length));
  routes.forEach((route, i) => {
    scene.btnPublic({
      x,
      y: y + i * step,
      w: LIST_W,
      h: step - 10,
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
  const px = x + LIST_W + 16;
  const pw = w - LIST_W - 16;
  panel(scene, px, y, pw, h, { fill: 0xeef6fb, border: color.sky });
  label(scene, px + 32, y + 20, t('end.realIntro'), {
    size: 'small',
    color: color.inkSoft,
    width: pw - 64,
    layer,
  });
  icon(scene, px + 52, y + 86, KIND_ICONS[route.kind], color.blue, 40);
  label(scene, px + 84, y + 62, t(ROUTE_KIND_NAMES[route.kind]), {
    size: 'small',
    bold: true,
    color: color.blue,
  });
  const title = label(scene, px + 84, y + 84, tx(route.title), {
    size: 'h2',
    bold: true,
    width: pw - 116,
    layer,
    tag: 'h2',
  });
  const body = label(scene, px + 32, title.y + title.height + 16, tx(route.text), { width: pw - 64, layer });
  let fy = body.y + body.height + 20;
  label(scene, px + 32, fy, t('end.routeFacts'), { size: 'small', bold: true, layer });
  fy += 32;
  for (const id of route.facts) {
    const fact = s.catalogue.facts[id];
    if (!fact) continue;
    icon(scene, px + 44, fy + 12, 'lightbulb', color.orange, 24);
    const l = label(scene, px + 68, fy, tx(fact.title), { size: 'small', width: pw - 100, layer });
    fy += l.height + 8;
  }
  return {};
}
