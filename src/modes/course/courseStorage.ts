import type { KeyValueStorage } from '../../state/safeStorage.ts';

/**
 * The storage a course plays on inside a platform: the game reads and writes it as it would localStorage,
 * and the values under the course's prefix are what goes to `cmi.suspend_data` (`values()`). Should the
 * platform fail, `keepInBrowser` copies them to the browser's storage and every later write goes there too.
 */
export class CourseStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();
  private browser: KeyValueStorage | null = null;

  constructor(
    private readonly prefix: string,
    saved: Record<string, string>,
  ) {
    for (const [k, v] of Object.entries(saved)) this.map.set(prefix + k, v);
  }

  get length(): number {
    return this.map.size;
  }

  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.map.set(key, value);
    this.toBrowser((b) => b.setItem(key, value));
  }

  removeItem(key: string): void {
    this.map.delete(key);
    this.toBrowser((b) => b.removeItem(key));
  }

  /** The course's values, keyed without the prefix (the rest, such as a save's backup, stays in the page). */
  values(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.map) if (k.startsWith(this.prefix)) out[k.slice(this.prefix.length)] = v;
    return out;
  }

  /** From now on the browser keeps the course too; if its storage fails as well, the page alone does. */
  keepInBrowser(browser: KeyValueStorage | null): void {
    this.browser = browser;
    for (const [k, v] of Object.entries(this.values())) this.toBrowser((b) => b.setItem(this.prefix + k, v));
  }

  private toBrowser(write: (browser: KeyValueStorage) => void): void {
    if (!this.browser) return;
    try {
      write(this.browser);
    } catch {
      this.browser = null;
    }
  }
}
