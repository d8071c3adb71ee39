/**
 * The game's own Phaser: the core build (scenes, cameras, input, loader, textures, tweens, time, scale,
 * Graphics, Image, Text) plus the few game objects the game draws with. Phaser does not tree-shake, and the
 * stock bundle carries physics, tilemaps, particles, sound and more the game never uses (Howler plays the
 * sound): this entry is about 40 % lighter, which the player downloads and parses before the title.
 *
 * `vite.config.ts` points `phaser` here; the types stay those of the phaser package. A game object a scene
 * uses but not listed below is named by tests/unit/ui/phaserBuild.test.ts.
 */

import Container from 'phaser-src/gameobjects/container/Container.js';
import PhaserCore from 'phaser-src/phaser-core.js';
import 'phaser-src/gameobjects/container/ContainerCreator.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import NineSlice from 'phaser-src/gameobjects/nineslice/NineSlice.js';
import Arc from 'phaser-src/gameobjects/shape/arc/Arc.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import Shape from 'phaser-src/gameobjects/shape/Shape.js';
import Zone from 'phaser-src/gameobjects/zone/Zone.js';
import 'phaser-src/gameobjects/zone/ZoneCreator.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import Easing from 'phaser-src/math/easing/index.js';
import { renderNineSliceCanvas } from './nineSliceCanvas.js';

NineSlice.prototype.renderCanvas = renderNineSliceCanvas;
// Phaser registers `add.nineslice` only in a WebGL build; this one draws with Canvas 2D (vite.config.ts).
GameObjectFactory.register(
  'nineslice',
  function (x, y, texture, frame, width, height, left, right, top, bottom) {
    return this.displayList.add(
      new NineSlice(this.scene, x, y, texture, frame, width, height, left, right, top, bottom),
    );
  },
);

// The factories and creators register `scene.add.x` / `scene.make.x` as they load.
const GameObjects = {
  ...PhaserCore.GameObjects,
  Container,
  NineSlice,
  Shape,
  Arc,
  Rectangle,
  Zone,
};
const PhaserMath = { ...PhaserCore.Math, Easing };

export const {
  AUTO,
  CANVAS,
  WEBGL,
  HEADLESS,
  VERSION,
  Animations,
  BlendModes,
  Cache,
  Cameras,
  Class,
  Data,
  Display,
  DOM,
  Events,
  Filters,
  Game,
  Input,
  Loader,
  Plugins,
  Renderer,
  Scale,
  ScaleModes,
  Scene,
  Scenes,
  Structs,
  Textures,
  Time,
  TintModes,
  Tweens,
} = PhaserCore;
const CoreNamespace = PhaserCore.Core;

export { CoreNamespace as Core, GameObjects, PhaserMath as Math };
