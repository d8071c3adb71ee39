import { type StringKey, t } from '../i18n/t.ts';
import { button, el, freshId } from './dom.ts';
import { ANY_ITEM, FIELD_LABELS, ITEM_HELP, ITEM_NAMES, MISSION_HELP } from './fieldNames.ts';
import { emptyValue, type Field, moved, type Prop, pathOf } from './formModel.ts';

type Keys = (string | number)[];

/** What the form edits and tells: the draft (changed in place) and each control, for the problems to point to. */
export interface FormHost {
  root: Record<string, unknown>;
  /** A value changed: check and keep the draft, but leave the form as it is. */
  changed(): void;
  /** A list gained, lost or moved an item: the form is drawn again, the focus on `focus` (a path or a data-key). */
  restructured(focus: string): void;
  /** The control (or group) at a JSON path, and its name as the teacher reads it ("Questions › Question 2 › Texte"). */
  register(path: string, control: HTMLElement, label: string): void;
}

function getAt(root: unknown, keys: Keys): unknown {
  return keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root);
}

/** Sets the value at `keys` (creating the objects on the way); undefined removes the key. */
function setAt(root: Record<string, unknown>, keys: Keys, value: unknown): void {
  let parent = root as Record<string | number, unknown>;
  for (const k of keys.slice(0, -1)) {
    if (typeof parent[k] !== 'object' || parent[k] === null) parent[k] = {};
    parent = parent[k] as Record<string | number, unknown>;
  }
  const last = keys.at(-1) as string | number;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

const labelOf = (name: string): string => {
  const key = FIELD_LABELS[name];
  return key ? t(key) : name;
};
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const itemName = (list: string, i: number) => t(ITEM_NAMES[list] ?? ANY_ITEM, { n: i + 1 });

/** The form of the mission: one block per field of the schema's top object. */
export function renderForm(props: readonly Prop[], host: FormHost): HTMLElement {
  const form = el('div', { className: 'ws-form' });
  for (const prop of props) form.append(renderProp(prop, [prop.name], '', host));
  return form;
}

function renderProp(prop: Prop, keys: Keys, trail: string, host: FormHost): HTMLElement {
  // An item's id names it within the mission; only the mission's own id is its file's name.
  const itemId = prop.name === 'id' && keys.length > 1;
  const label = itemId ? t('draftField.itemId') : labelOf(prop.name);
  const helpKey: StringKey | undefined = (keys.length === 1 ? MISSION_HELP : ITEM_HELP)[prop.name];
  const naming = { label, trail, optional: prop.optional, help: helpKey && t(helpKey), name: prop.name };
  return renderField(prop.field, keys, naming, host);
}

interface Naming {
  label: string;
  /** The names of the groups above, for the problem list. */
  trail: string;
  optional: boolean;
  help?: string;
  /** The field's name in the file (a list's item names come from it). */
  name: string;
}

const joined = (trail: string, label: string) => (trail ? `${trail} › ${label}` : label);

function helpFor(naming: Naming): [HTMLElement | null, string | undefined] {
  if (!naming.help) return [null, undefined];
  const id = freshId('ws-help');
  return [el('p', { className: 'ws-help', id, text: naming.help }), id];
}

function renderField(field: Field, keys: Keys, naming: Naming, host: FormHost): HTMLElement {
  const path = pathOf(keys);
  const full = joined(naming.trail, naming.label);
  const [help, helpId] = helpFor(naming);
  const value = getAt(host.root, keys);
  const group = (className: string, children: (Node | null)[]) => {
    const set = el('fieldset', { className, 'aria-describedby': helpId }, [
      el('legend', { text: naming.label }),
      help,
      ...children,
    ]);
    host.register(path, set, full);
    return set;
  };
  switch (field.kind) {
    case 'text': {
      const text = (value ?? {}) as Record<string, string>;
      const boxes = (['fr', 'en'] as const).map((lang) => {
        const id = freshId('ws-in');
        const area = el('textarea', { id, rows: naming.name === 'brief' ? 4 : 2, lang });
        area.value = text[lang] ?? '';
        area.addEventListener('input', () => {
          setAt(host.root, [...keys, lang], area.value);
          host.changed();
        });
        const word = t(lang === 'fr' ? 'workshop.text.fr' : 'workshop.text.en');
        host.register(pathOf([...keys, lang]), area, `${full} › ${word}`);
        return el('div', { className: 'ws-lang' }, [el('label', { for: id, text: word }), area]);
      });
      return group('ws-group ws-text', [el('div', { className: 'ws-langs' }, boxes)]);
    }
    case 'object':
      return group(
        'ws-group',
        field.props.map((p) => renderProp(p, [...keys, p.name], full, host)),
      );
    case 'list':
      return group('ws-group ws-list', renderList(field, keys, naming, full, host));
    case 'choices': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      const known = new Set(field.options.map((o) => o.value));
      const options = [
        ...field.options,
        ...chosen.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v })),
      ];
      const boxes = options.map((o) => {
        const id = freshId('ws-in');
        const box = el('input', { type: 'checkbox', id, checked: chosen.includes(o.value) });
        box.addEventListener('change', () => {
          const now = (getAt(host.root, keys) as string[] | undefined) ?? [];
          setAt(host.root, keys, box.checked ? [...now, o.value] : now.filter((v) => v !== o.value));
          host.changed();
        });
        const at = chosen.indexOf(o.value);
        if (at >= 0) host.register(pathOf([...keys, at]), box, `${full} › ${o.label}`);
        return el('div', { className: 'ws-tick' }, [box, el('label', { for: id, text: o.label })]);
      });
      return group('ws-group ws-choices', [el('div', { className: 'ws-check-grid' }, boxes)]);
    }
    default:
      return renderInput(field, keys, naming, host, help, helpId, full);
  }
}

function renderList(
  field: Extract<Field, { kind: 'list' }>,
  keys: Keys,
  naming: Naming,
  full: string,
  host: FormHost,
) {
  const items = Array.isArray(getAt(host.root, keys)) ? (getAt(host.root, keys) as unknown[]) : [];
  const path = pathOf(keys);
  const restructure = (next: unknown[], focus: string) => {
    setAt(host.root, keys, next);
    host.restructured(focus);
  };
  const last = items.length - 1;
  const rows: HTMLElement[] = items.map((_, i) => {
    const name = itemName(naming.name, i);
    const keyed = (b: HTMLButtonElement, action: string) => {
      b.dataset.key = `${path}[${i}]:${action}`;
      return b;
    };
    const up = () => restructure(moved(items, i, i - 1), `${path}[${Math.max(0, i - 1)}]:up`);
    const down = () => restructure(moved(items, i, i + 1), `${path}[${Math.min(last, i + 1)}]:down`);
    const remove = () =>
      restructure(
        items.filter((__, j) => j !== i),
        i < last ? `${path}[${i}]:remove` : `${path}:add`,
      );
    const tools = el('div', { className: 'ws-item-tools' }, [
      keyed(button('↑', up, t('workshop.array.up', { item: name })), 'up'),
      keyed(button('↓', down, t('workshop.array.down', { item: name })), 'down'),
      keyed(button('✕', remove, t('workshop.array.remove', { item: name })), 'remove'),
    ]);
    const itemNaming = { label: capitalised(name), trail: full, optional: false, name: naming.name };
    const body = renderField(field.item, [...keys, i], itemNaming, host);
    return el('div', { className: 'ws-item' }, [body, tools]);
  });
  const add = button(`+ ${t('workshop.array.add', { item: itemName(naming.name, items.length) })}`, () =>
    restructure([...items, emptyValue(field.item)], pathOf([...keys, items.length])),
  );
  add.dataset.key = `${path}:add`;
  const empty =
    items.length === 0 ? el('p', { className: 'ws-help', text: t('workshop.array.empty') }) : null;
  return [...rows, empty, add].filter((x): x is HTMLElement => x !== null);
}

function renderInput(
  field: Field,
  keys: Keys,
  naming: Naming,
  host: FormHost,
  help: HTMLElement | null,
  helpId: string | undefined,
  full: string,
): HTMLElement {
  const id = freshId('ws-in');
  const value = getAt(host.root, keys);
  const label = el('label', { for: id, text: naming.label });
  let control: HTMLInputElement | HTMLSelectElement;
  let read: () => unknown;
  if (field.kind === 'number') {
    const input = el('input', {
      id,
      type: 'number',
      inputmode: field.integer ? 'numeric' : 'decimal',
      min: field.min,
      max: field.max,
      step: field.integer ? 1 : 'any',
    });
    input.value = typeof value === 'number' ? String(value) : '';
    read = () => (input.value.trim() === '' ? undefined : Number(input.value));
    control = input;
  } else if (field.kind === 'boolean') {
    const box = el('input', { id, type: 'checkbox', checked: value === true });
    read = () => box.checked;
    control = box;
  } else if (field.kind === 'choice') {
    const select = el('select', { id });
    const none = naming.optional || field.nullable;
    const values = field.options.map((o) => o.value);
    const extra = typeof value === 'string' && !values.includes(value) ? [{ value, label: value }] : [];
    if (none) select.append(el('option', { value: '', text: t('workshop.select.none') }));
    for (const o of [...extra, ...field.options])
      select.append(el('option', { value: o.value, text: o.label }));
    select.value = typeof value === 'string' ? value : '';
    read = () => (select.value !== '' ? select.value : field.nullable ? null : undefined);
    control = select;
  } else {
    const input = el('input', { id, type: 'text', spellcheck: false, autocomplete: 'off' });
    input.value = typeof value === 'string' ? value : '';
    const nullable = field.kind === 'string' && field.nullable;
    read = () => (input.value !== '' ? input.value : nullable ? null : naming.optional ? undefined : '');
    control = input;
  }
  if (helpId) control.setAttribute('aria-describedby', helpId);
  control.addEventListener(
    control instanceof HTMLSelectElement || field.kind === 'boolean' ? 'change' : 'input',
    () => {
      setAt(host.root, keys, read());
      host.changed();
    },
  );
  host.register(pathOf(keys), control, full);
  const wide = field.kind === 'string' || field.kind === 'choice';
  const cls = field.kind === 'boolean' ? 'ws-field ws-bool' : wide ? 'ws-field ws-wide' : 'ws-field';
  return field.kind === 'boolean'
    ? el('div', { className: cls }, [control, label, help])
    : el('div', { className: cls }, [label, control, help]);
}
