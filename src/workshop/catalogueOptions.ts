import type { Text } from '../content/primitives.ts';
import type { Catalogue } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import { VALUE_NAMES } from './fieldNames.ts';
import type { Option, OptionsOf } from './formModel.ts';

const named = (items: readonly { id: string; name?: Text; title?: Text }[]): Option[] =>
  items.map((i) => {
    const words = i.name ?? i.title;
    return { value: i.id, label: words ? `${tx(words)} (${i.id})` : i.id };
  });

/**
 * The choices of a mission's fields that name the catalogue (its recruiter, rank, formats, events, facts,
 * evaluation methods, the tags its needs ask for) with their names in the interface's language, and the
 * words for the fixed lists (who is asked, learning types…). Other fields are typed in.
 */
export function catalogueOptions(cat: Catalogue): OptionsOf {
  const tags = [
    ...new Set(
      [...Object.values(cat.formats), ...Object.values(cat.tools), ...Object.values(cat.roles)].flatMap((x) =>
        Object.keys(x.tags),
      ),
    ),
  ].sort();
  const lists: Record<string, () => Option[]> = {
    recruiter: () => named(Object.values(cat.recruiters)),
    rank: () => named(cat.ranks),
    formats: () => named(Object.values(cat.formats)),
    events: () => named(Object.values(cat.events)),
    facts: () => Object.values(cat.facts).map((f) => ({ value: f.id, label: `${f.id} — ${tx(f.title)}` })),
    evaluation: () => named(Object.values(cat.evaluations)),
    tag: () => tags.map((tag) => ({ value: tag, label: tag })),
  };
  return (name, values) => {
    const list = lists[name];
    if (list) return list();
    if (!values) return undefined;
    const words = VALUE_NAMES[name];
    return values.map((value) => {
      const key = words?.[value];
      return { value, label: key ? t(key) : value };
    });
  };
}
