import { BriefScene } from './BriefScene.ts';
import { DesignScene } from './DesignScene.ts';
import { DevelopScene } from './DevelopScene.ts';
import { ImplementScene } from './ImplementScene.ts';
import { ResultsScene } from './ResultsScene.ts';
import { SettingsScene } from './SettingsScene.ts';
import { TitleScene } from './TitleScene.ts';

export const SCENES = [
  // The first one starts at boot.
  TitleScene,
  SettingsScene,
  BriefScene,
  DesignScene,
  DevelopScene,
  ImplementScene,
  ResultsScene,
];
