import type { SoundId } from '../../audio/audio.ts';
import type { Intake, Refusal } from '../../sim/classroom/pastedCodes.ts';
import type { CameraProblem } from '../../ui/camera.ts';
import type { RunningScanner } from '../../ui/qrScanner.ts';

/** What the scanner's status line says: the camera on its way, ready, or the last new code read. */
export type ScanLine =
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'accepted'; code: string }
  | { kind: 'refused'; refusal: Refusal };

/** What the teacher's screen on show does with the scanner (given again at each redraw). */
export interface ScanView {
  /** The same acceptance as typed codes. */
  add(text: string): Intake | null;
  play(id: SoundId): void;
  /** The scanner opened or closed: the screen is laid out again. */
  redraw(): void;
}

type OpenScanner = typeof import('./scannerView.ts');

/**
 * A failure redraws the screen, sometimes twice in a row (the scanner had just been drawn open): each
 * redraw this soon after gives the codes box the focus.
 */
const REFOCUS_MS = 1000;

/**
 * The teacher's scanner: its state, the camera and what it read. It outlives a redraw of the screen (a new
 * size, a new language), so the camera stays on; it stops when the screen is left. What it draws and the
 * camera are a chunk of their own (`scannerView.ts`), loaded when the teacher first opens it.
 */
export class ScanSession {
  open = false;
  /** Why the camera could not be used, until the scanner is opened again or the screen left. */
  problem: CameraProblem | null = null;
  line: ScanLine = { kind: 'starting' };
  /** Until when (performance.now()) the codes box takes the focus as the screen is drawn after a failure. */
  focusCodesUntil = 0;
  /** The open scanner's drawing and reading, once loaded. */
  parts: OpenScanner | null = null;
  video: HTMLVideoElement | null = null;
  private view: ScanView | null = null;
  /** Shows a new line or count in place, while the open scanner is drawn. */
  private update: () => void = () => {};
  private running: RunningScanner | null = null;
  private claimed = false;
  private opening = false;

  /** The screen on show is drawn (again): it is the one the scanner now reports to. */
  attach(view: ScanView): void {
    this.view = view;
    this.update = () => {};
    this.claimed = true;
  }

  onUpdate(show: () => void): void {
    this.update = show;
  }

  /** The screen shut down: unless it is drawn again in the same step (a redraw), the scanner stops. */
  detach(): void {
    this.claimed = false;
    this.update = () => {};
    setTimeout(() => {
      if (this.claimed) return;
      this.close();
      this.problem = null;
      this.view = null;
    }, 0);
  }

  start(): void {
    if (this.open || this.opening) return;
    this.opening = true;
    this.opened().catch(() => this.fail('failed'));
  }

  private async opened(): Promise<void> {
    let parts: OpenScanner;
    try {
      parts = await import('./scannerView.ts');
    } catch {
      // Its chunk could not be loaded (offline before the game was ever cached whole).
      this.opening = false;
      this.open = true;
      this.fail('failed');
      return;
    }
    this.opening = false;
    this.parts = parts;
    // The teacher left the screen while the chunk was loading.
    if (!this.claimed) return;
    this.open = true;
    this.problem = null;
    this.line = { kind: 'starting' };
    const video = parts.scannerVideo();
    this.video = video;
    this.view?.redraw();
    const running = await parts.startReading(
      video,
      (code) => this.take(code),
      (problem) => this.fail(problem),
    );
    if (typeof running === 'string') this.fail(running);
    else if (this.video !== video) running.stop();
    else {
      this.running = running;
      this.line = { kind: 'ready' };
      this.update();
    }
  }

  /** Turns the camera off and takes the video away. */
  close(): void {
    this.open = false;
    this.running?.stop();
    this.running = null;
    this.video?.remove();
    this.video = null;
  }

  private fail(problem: CameraProblem): void {
    if (!this.open) return;
    this.close();
    this.problem = problem;
    this.focusCodesUntil = performance.now() + REFOCUS_MS;
    this.view?.redraw();
  }

  /** A code newly in view: counted or refused as a typed one, with a sound. */
  private take(code: string): void {
    const view = this.view;
    if (!view || !this.open) return;
    const intake = view.add(code);
    const accepted = intake?.accepted[0];
    const refusal = intake?.refused[0];
    if (accepted) this.line = { kind: 'accepted', code: accepted.code };
    else if (refusal) this.line = { kind: 'refused', refusal };
    else return;
    view.play(accepted ? 'right' : 'error');
    this.update();
  }
}

/** One scanner for the page: there is one camera and one teacher's screen. */
export const scanner = new ScanSession();
