import { BriefScene } from './BriefScene';
import { DesignScene } from './DesignScene';
import { DevelopScene } from './DevelopScene';
import { ImplementScene } from './ImplementScene';
import { PreloadScene } from './PreloadScene';
import { ResultsScene } from './ResultsScene';
import { SettingsScene } from './SettingsScene';
import { TitleScene } from './TitleScene';

export const SCENES = [
  PreloadScene,
  TitleScene,
  SettingsScene,
  BriefScene,
  DesignScene,
  DevelopScene,
  ImplementScene,
  ResultsScene,
];
