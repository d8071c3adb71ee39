import { BackgroundScene } from './BackgroundScene.ts';
import { BriefScene } from './BriefScene.ts';
import { CodexScene } from './CodexScene.ts';
import { CreditsScene } from './CreditsScene.ts';
import { DesignScene } from './DesignScene.ts';
import { DevelopScene } from './DevelopScene.ts';
import { EndScene } from './EndScene.ts';
import { ImplementScene } from './ImplementScene.ts';
import { OffersScene } from './OffersScene.ts';
import { ProductionScene } from './ProductionScene.ts';
import { RankUpScene } from './RankUpScene.ts';
import { ResultsScene } from './ResultsScene.ts';
import { SettingsScene } from './SettingsScene.ts';
import { TitleScene } from './TitleScene.ts';

export const SCENES = [
  // The first one starts at boot.
  TitleScene,
  SettingsScene,
  BackgroundScene,
  OffersScene,
  BriefScene,
  DesignScene,
  DevelopScene,
  ProductionScene,
  ImplementScene,
  ResultsScene,
  RankUpScene,
  CodexScene,
  CreditsScene,
  EndScene,
];
