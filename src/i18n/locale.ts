import type { Lang } from '../content/primitives.ts';
import type { groups } from './locales/fr/index.ts';

/** French is the reference: its files define the keys, and every other language must give each one. */
export const REFERENCE_LANGUAGE = 'fr';

/**
 * A placeholder of an interface string: `{name}` for a value, `{name|one|other}` for the form that agrees
 * with the number `name` ("{n} {n|élève a|élèves ont} choisi"). The forms hold no `|`, `{` nor `}`.
 */
export const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

type Groups = typeof groups;
export type GroupName = keyof Groups;
export type StringKey = { [G in GroupName]: keyof Groups[G] }[GroupName] & string;

/** One file of a language's strings: exactly the keys of the French file of the same name. */
export type Translation<G extends GroupName> = Record<keyof Groups[G], string>;

/** What a language says about itself, beside its strings. */
export interface LocaleMeta {
  /** The BCP 47 tag Intl formats numbers and money with. */
  tag: string;
  /** Its own name, in itself, for the language switches. */
  name: string;
  /** "Play in …", in itself: the kiosk and classroom switches read it out. */
  playIn: string;
  /** How a label and its value are joined: `{label} : {value}` in French, `{label}: {value}` in English. */
  labelPattern: string;
}

/** What one folder of src/i18n/locales/ holds (its index.ts's default export). */
export interface Locale {
  meta: LocaleMeta;
  strings: Record<StringKey, string>;
}

/** A language as the game ships it: its folder's name is its id (also its save value and `?lang=`). */
export interface LocaleTable extends Locale {
  id: Lang;
}
