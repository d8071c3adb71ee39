/**
 * How much slower than normal the tests' Chromium runs: `E2E_CPU_THROTTLE=4` throttles every page's CPU
 * 4× (CDP `Emulation.setCPUThrottlingRate`), to prove on a fast machine that no test races the game.
 */
export const CPU_THROTTLE = cpuThrottle(process.env.E2E_CPU_THROTTLE);

function cpuThrottle(text: string | undefined): number {
  if (text === undefined || text === '') return 1;
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate < 1)
    throw new Error(`E2E_CPU_THROTTLE must be a number ≥ 1, not "${text}".`);
  return rate;
}

/** A wait in milliseconds, stretched by the CPU throttle. */
export const scaled = (ms: number): number => ms * CPU_THROTTLE;

const POLL_EVERY_MS = 100;

/**
 * Reads `read` every 100 ms until `check` accepts what it read, and returns that value. `check` is a
 * predicate (only `false` means "not yet") or an assertion (a thrown expectation means "not yet"). After
 * `timeoutMs` it throws an error naming `what` was awaited, the last value read and why it was refused.
 * Every read of something an action just changed goes through it: a read in the same instant as the
 * click is a race the game wins on a fast machine and loses on a slow one.
 */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => unknown,
  timeoutMs = scaled(10_000),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    let refusal: string;
    try {
      value = await read();
      const verdict = check(value);
      if (verdict !== false) return value;
      refusal = 'the check returned false';
    } catch (e) {
      refusal = e instanceof Error ? e.message : String(e);
    }
    if (Date.now() >= deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; last read ${show(value)} (${refusal}).`,
      );
    await new Promise((done) => setTimeout(done, POLL_EVERY_MS));
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * The other half of `until`, for what must NOT change: reads `read` every 100 ms for `forMs` (and at least
 * five times, however slow the reads) and throws at the first value `check` refuses, naming `what` should have
 * held, when it broke and what was read. Returns the last value. A single read right after the action would
 * pass before the game had had the time to get it wrong (the gauge that should wait, the chat that should stay
 * still), so a "stays" is watched over a window stretched by the CPU throttle, like every wait.
 */
export async function holds<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => unknown,
  forMs = scaled(1500),
): Promise<T> {
  const start = Date.now();
  for (let reads = 1; ; reads++) {
    const value = await read();
    let refusal: string | null = null;
    try {
      if (check(value) === false) refusal = 'the check returned false';
    } catch (e) {
      refusal = e instanceof Error ? e.message : String(e);
    }
    if (refusal !== null)
      throw new Error(
        `${what} did not hold: after ${Date.now() - start} ms (read ${reads}) it read ${show(value)} (${refusal}).`,
      );
    if (reads >= 5 && Date.now() - start >= forMs) return value;
    await new Promise((done) => setTimeout(done, POLL_EVERY_MS));
  }
}
