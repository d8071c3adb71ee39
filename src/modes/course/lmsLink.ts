import type { Scorm12Api } from './scormApi.ts';

/** SCORM 1.2 answers "true" or "false", as text; some platforms answer with booleans. */
const yes = (answer: unknown) => answer === true || String(answer).trim().toLowerCase() === 'true';

/**
 * The game's line to the platform. Every call is guarded: the first one that throws or is refused marks the
 * line broken, with the platform's own error, and from then on nothing more is sent; `onBroken` hears it once.
 */
export class LmsLink {
  private brokenBy: string | null = null;
  private finished = false;
  onBroken: ((reason: string) => void) | null = null;

  constructor(private readonly api: Scorm12Api) {}

  get broken(): string | null {
    return this.brokenBy;
  }

  private fail(call: string, error?: unknown): void {
    if (this.brokenBy) return;
    let detail = error instanceof Error ? error.message : '';
    if (!detail) {
      try {
        const code = String(this.api.LMSGetLastError());
        detail = `error ${code}: ${String(this.api.LMSGetErrorString(code))}`;
      } catch {
        detail = 'no error given';
      }
    }
    this.brokenBy = `${call} failed (${detail})`;
    this.onBroken?.(this.brokenBy);
  }

  private call(name: string, run: () => unknown): boolean {
    if (this.brokenBy || this.finished) return false;
    try {
      if (yes(run())) return true;
      this.fail(name);
    } catch (error) {
      this.fail(name, error instanceof Error ? error : new Error(String(error)));
    }
    return false;
  }

  initialize(): boolean {
    return this.call('LMSInitialize', () => this.api.LMSInitialize(''));
  }

  /** A value, or null when the platform has none or cannot say. */
  get(element: string): string | null {
    if (this.brokenBy || this.finished) return null;
    try {
      const value = this.api.LMSGetValue(element);
      return typeof value === 'string' && value !== '' ? value : null;
    } catch {
      return null;
    }
  }

  set(element: string, value: string): boolean {
    return this.call(`LMSSetValue(${element})`, () => this.api.LMSSetValue(element, value));
  }

  commit(): boolean {
    return this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  /** Ends the session; once only. */
  finish(): void {
    if (this.call('LMSFinish', () => this.api.LMSFinish(''))) this.finished = true;
  }
}
