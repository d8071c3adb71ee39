import type * as Phaser from 'phaser';
import { ICON_CELL, ICON_COLUMNS, ICON_NAMES, type IconName } from './iconNames.ts';

export type { IconName };

export const ICON_ATLAS = 'icons';

/** Registers the icon atlas (assets/icons/atlas.png) as a texture with one named frame per icon. */
export function addIconAtlas(textures: Phaser.Textures.TextureManager, image: HTMLImageElement): void {
  const texture = textures.addImage(ICON_ATLAS, image);
  ICON_NAMES.forEach((name, i) => {
    texture?.add(
      name,
      0,
      (i % ICON_COLUMNS) * ICON_CELL,
      Math.floor(i / ICON_COLUMNS) * ICON_CELL,
      ICON_CELL,
      ICON_CELL,
    );
  });
}

/** An icon tinted to a palette colour, drawn size×size with its centre at (x, y). */
export function icon(
  scene: Phaser.Scene,
  x: number,
  y: number,
  name: IconName,
  tint: number,
  px = 28,
): Phaser.GameObjects.Image {
  const image = scene.add.image(x, y, ICON_ATLAS, name);
  setIconTint(image, tint);
  return image.setDisplaySize(px, px);
}

/**
 * Recolours an icon. The Canvas renderer the game draws with cannot tint the white atlas frame, so each
 * colour of an icon gets a texture of its own, painted once.
 */
export function setIconTint(image: Phaser.GameObjects.Image, tint: number): void {
  const name = (image.getData('icon') as string | undefined) ?? image.frame.name;
  image.setData('icon', name);
  // The painted texture has the frame's size: the icon keeps its scale, hence its display size.
  image.setTexture(paintedIcon(image.scene.textures, name, tint));
}

function paintedIcon(textures: Phaser.Textures.TextureManager, name: string, tint: number): string {
  const key = `icon:${name}:${tint}`;
  if (textures.exists(key)) return key;
  const frame = textures.getFrame(ICON_ATLAS, name);
  const canvas = document.createElement('canvas');
  canvas.width = frame.cutWidth;
  canvas.height = frame.cutHeight;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const source = frame.source.image as CanvasImageSource;
    ctx.drawImage(
      source,
      frame.cutX,
      frame.cutY,
      frame.cutWidth,
      frame.cutHeight,
      0,
      0,
      frame.cutWidth,
      frame.cutHeight,
    );
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = `#${tint.toString(16).padStart(6, '0')}`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  textures.addCanvas(key, canvas);
  return key;
}
