import { listed, t } from '../../i18n/t.ts';
import type { Career } from '../../sim/career.ts';
import { callsBack, colleaguesMet } from '../../sim/cast.ts';
import type { CareerView } from '../../state/views.ts';
import type { Rect } from '../../ui/layout.ts';
import { onShutdown } from '../../ui/lifecycle.ts';
import { type OfficeLook, officeRoom } from '../../ui/officeArt.ts';
import type { GameScene } from '../GameScene.ts';

/** The room the player works in, by rank: a shared desk, a desk of one's own, a team room, a centre. */
const LOOKS: Record<string, OfficeLook> = {
  stagiaire: 'shared',
  junior: 'own',
  confirme: 'own',
  'chef-de-projet': 'team',
  'responsable-centre': 'centre',
};
const LOOK_WORDS = {
  shared: 'office.shared',
  own: 'office.own',
  team: 'office.team',
  centre: 'office.centre',
} as const;
/** At most this many colleagues are seated in the room. */
const SEATED = 4;

/**
 * The office drawn in `box`: the player's desk with the inbox on its screen (the phone rings when a client
 * calls back), the notebook that opens the codex, and the colleagues worked with at their desks.
 */
export function officeBand(scene: GameScene, box: Rect, view: CareerView, career: Career): void {
  const cat = scene.services.catalogue;
  const ringing = view.offers.some((o) => {
    const m = cat.missions[o.missionId];
    return !!m && callsBack(career, m, cat);
  });
  const look = LOOKS[view.rank.id] ?? 'own';
  const people = colleaguesMet(career, cat)
    .slice(0, SEATED)
    .map((c) => ({ seed: c.id, name: c.name }));
  const spots = officeRoom(scene, box, {
    look,
    player: `player:${career.seed}`,
    people,
    inbox: view.offers.length,
    ringing,
  });
  // The room in words, for screen readers (and what the tests read of it).
  const words = document.createElement('p');
  words.dataset.officeLook = look;
  words.dataset.ringing = String(ringing);
  words.textContent = [
    t(LOOK_WORDS[look]),
    t('office.inbox', { n: view.offers.length }),
    ringing ? t('office.ringing') : '',
    people.length ? t('office.people', { names: listed(people.map((p) => p.name)) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  scene.services.layer.place(words);
  onShutdown(scene, () => words.remove());
  // The notebook on the desk opens the codex too (the toolbar's button is its keyboard and screen reader way).
  const { notebook } = spots;
  scene.add
    .zone(notebook.x, notebook.y, notebook.w, notebook.h)
    .setOrigin(0)
    .setInteractive({ useHandCursor: true })
    .on('pointerup', () => scene.services.store.getState().openPage('codex'));
}
