/** The part of the Web Storage API the game needs; localStorage fits, and tests pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/**
 * Storage that never throws: when the real storage is missing, full or blocked, it keeps going in memory
 * and reports it once, so the game plays on and can tell the player their progress will not be kept.
 */
export class SafeStorage {
  private readonly memory = new Map<string, string>();
  private failed = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly backend: KeyValueStorage | null) {
    if (!backend) this.failed = true;
  }

  get degraded(): boolean {
    return this.failed;
  }

  onDegraded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    for (const l of this.listeners) l();
  }

  get(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key) ?? null;
    if (!this.backend) return null;
    try {
      return this.backend.getItem(key);
    } catch {
      this.fail();
      return null;
    }
  }

  set(key: string, value: string): void {
    this.memory.set(key, value);
    if (!this.backend || this.failed) return;
    try {
      this.backend.setItem(key, value);
      this.memory.delete(key);
    } catch {
      this.fail();
    }
  }

  remove(key: string): void {
    this.memory.delete(key);
    if (!this.backend) return;
    try {
      this.backend.removeItem(key);
    } catch {
      this.fail();
    }
  }

  /** Every key starting with prefix, in memory or in the real storage. */
  keys(prefix: string): string[] {
    const found = new Set([...this.memory.keys()].filter((k) => k.startsWith(prefix)));
    if (this.backend) {
      try {
        for (let i = 0; i < this.backend.length; i++) {
          const k = this.backend.key(i);
          if (k?.startsWith(prefix)) found.add(k);
        }
      } catch {
        this.fail();
      }
    }
    return [...found];
  }
}

/** localStorage when the browser lets us touch it, otherwise null (private modes can throw on access). */
export function browserStorage(): KeyValueStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = '__pedago_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** An in-memory KeyValueStorage, for tests and for kiosks that must keep nothing. */
export function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
  };
}
