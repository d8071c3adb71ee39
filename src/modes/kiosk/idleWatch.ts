/** The timer functions the watch needs: the browser's own, or fakes in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleHandlers {
  /** The countdown started or moved on: this many whole seconds are left. */
  countdown(secondsLeft: number): void;
  /** A touch stopped the countdown. */
  cancel(): void;
  /** Nobody came back: time to reset. */
  expire(): void;
}

export type IdleStatus = 'off' | 'watching' | 'counting';

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Watches for a visitor walking away: after `idleMs` without activity a countdown of `countdownSeconds`
 * runs, which any activity cancels; at its end, expire. Armed while a visitor plays, off on the attract loop.
 */
export class IdleWatch {
  private state: IdleStatus = 'off';
  private timer: unknown = null;
  private left = 0;

  constructor(
    private readonly idleMs: number,
    private readonly countdownSeconds: number,
    private readonly on: IdleHandlers,
    private readonly timers: Timers = browserTimers,
  ) {}

  get status(): IdleStatus {
    return this.state;
  }

  /** Starts watching (nothing changes if it already is). */
  arm(): void {
    if (this.state === 'off') this.wait();
  }

  /** Stops watching; a countdown on screen is cancelled. */
  disarm(): void {
    const wasCounting = this.state === 'counting';
    this.clear();
    this.state = 'off';
    if (wasCounting) this.on.cancel();
  }

  /** The visitor did something: the countdown stops and the wait starts again. */
  activity(): void {
    if (this.state === 'off') return;
    const wasCounting = this.state === 'counting';
    this.wait();
    if (wasCounting) this.on.cancel();
  }

  private clear(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private wait(): void {
    this.clear();
    this.state = 'watching';
    this.timer = this.timers.setTimeout(() => this.startCountdown(), this.idleMs);
  }

  private startCountdown(): void {
    this.state = 'counting';
    this.left = this.countdownSeconds;
    this.on.countdown(this.left);
    this.tick();
  }

  private tick(): void {
    this.timer = this.timers.setTimeout(() => {
      this.left -= 1;
      if (this.left > 0) {
        this.on.countdown(this.left);
        this.tick();
        return;
      }
      this.timer = null;
      this.state = 'off';
      this.on.expire();
    }, 1000);
  }
}
