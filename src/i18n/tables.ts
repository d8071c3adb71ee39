import type { Lang } from '../content/primitives.ts';
import { type CareerKey, careerEn, careerFr } from './careerStrings.ts';
import { type EndKey, endEn, endFr } from './endStrings.ts';
import { type ModeKey, modeEn, modeFr } from './modeStrings.ts';
import { type ScreenKey, screenEn, screenFr } from './screenStrings.ts';
import { type SoundKey, soundEn, soundFr } from './soundStrings.ts';
import { type StringKey as BaseKey, en, fr } from './strings.ts';

export type StringKey = BaseKey | CareerKey | ModeKey | ScreenKey | SoundKey | EndKey;
export type StringTables = Record<Lang, Record<StringKey, string>>;

/**
 * Every interface string, typed here so a missing translation fails the type check. The build ships
 * them to the browser as a JSON file beside the game (scripts/levelsPlugin.ts): text is data, not code.
 */
export const STRING_TABLES: StringTables = {
  fr: { ...fr, ...careerFr, ...modeFr, ...screenFr, ...soundFr, ...endFr },
  en: { ...en, ...careerEn, ...modeEn, ...screenEn, ...soundEn, ...endEn },
};
