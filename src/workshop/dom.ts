/** A small element builder: the workshop is plain DOM. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | number>> = {},
  children: (Node | string | null | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

let counter = 0;
/** A fresh id for an element a label or a description points to. */
export const freshId = (prefix: string): string => `${prefix}-${++counter}`;

/** A button named by its text, or by `label` when its text is a symbol (the arrows of a list's items). */
export function button(
  text: string,
  onClick: () => void,
  label?: string,
  className = 'ws-button',
): HTMLButtonElement {
  const b = el('button', { type: 'button', className, 'aria-label': label, title: label }, [text]);
  b.addEventListener('click', onClick);
  return b;
}

/** Focus on a control, or on the first one inside a group, scrolled into view. */
export function focusIn(target: HTMLElement): void {
  const control = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea, button');
  (control ?? target).focus();
  (control ?? target).scrollIntoView({ block: 'center' });
}
