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
  return scene.add.image(x, y, ICON_ATLAS, name).setDisplaySize(px, px).setTint(tint);
}
