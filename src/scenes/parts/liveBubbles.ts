import type * as Phaser from 'phaser';
import type { FeedLine } from '../../content/types.ts';
import { tx } from '../../i18n/t.ts';
import { avatar } from '../../ui/avatar.ts';
import { type FaceMood, moodFace } from '../../ui/moodFace.ts';
import { label } from '../../ui/text.ts';
import { color, sizeClass, space } from '../../ui/theme.ts';

/** A message's height, its gap under it included: a little lower on small screens, whose text is smaller. */
export const bubbleH = (): number => (sizeClass() === 'wide' ? 84 : 76);
/** A message's face, and the mark of how its writer took the last choice. */
const FACE_PX = 42;
const MOOD_PX = 28;

/** How the stream reads: a chat, a forum's thread (reactions are replies under a post), players' remarks. */
export type FeedStyle = 'chat' | 'thread' | 'players';

export function feedStyleOf(format: string): FeedStyle {
  if (format === 'mooc') return 'thread';
  if (format === 'serious-game') return 'players';
  return 'chat';
}

/** A message of the stream, and for the room's reaction to a choice, how it took it. */
export interface Message {
  line: FeedLine;
  mood?: FaceMood;
}

/**
 * A message as a bubble w wide at x (its top at y = 0 of the container): the writer's face, name and words.
 * A reaction is washed green or orange with a face that smiles or frowns; in a forum it is a reply,
 * indented under the post above with the thread's line; a player's remark shows the mood on their face.
 */
export function bubbleFor(
  scene: Phaser.Scene,
  x: number,
  w: number,
  m: Message,
  style: FeedStyle,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, 0);
  const reply = style === 'thread' && !!m.mood;
  const indent = reply ? space.margin : 0;
  const h = bubbleH() - space.s;
  const fill = m.mood === 'good' ? color.tintGreen : m.mood === 'bad' ? color.tintOrange : color.hover;
  const parts: Phaser.GameObjects.GameObject[] = [];
  if (reply) {
    // The thread: down from the post above, then across to the reply.
    const line = scene.add.graphics().lineStyle(space.xs / 2, color.line, 1);
    line.lineBetween(indent / 2, -space.s, indent / 2, h / 2).lineBetween(indent / 2, h / 2, indent, h / 2);
    parts.push(line);
  }
  const bg = scene.add.rectangle(indent, 0, w - indent, h, fill).setOrigin(0);
  if (style === 'thread' && !m.mood) bg.setStrokeStyle(space.xs / 2, color.line);
  parts.push(bg);
  const face = avatar(scene, indent + space.s, space.s, FACE_PX, `feed:${m.line.who}`);
  parts.push(face);
  const textX = indent + space.s + FACE_PX + space.s;
  // A reaction keeps room at its right end for its mark, unless the mark sits on the player's face.
  const onFace = style === 'players';
  const markRoom = m.mood && !onFace ? MOOD_PX + space.m : 0;
  const textW = w - textX - space.m - markRoom;
  const who = label(scene, textX, space.xs, m.line.who, { size: 'small', bold: true, maxWidth: textW });
  const text = label(scene, textX, space.xs + who.height, tx(m.line.text), {
    size: 'small',
    width: textW,
    maxHeight: bubbleH() - space.m - who.height,
  });
  parts.push(who, text);
  if (m.mood) {
    const at = onFace
      ? { x: indent + space.s + FACE_PX - space.xs, y: space.s + FACE_PX - space.xs }
      : { x: w - space.m - MOOD_PX / 2, y: h / 2 };
    parts.push(moodFace(scene, at.x, at.y, onFace ? MOOD_PX - space.s : MOOD_PX, m.mood));
  }
  c.add(parts);
  return c;
}
