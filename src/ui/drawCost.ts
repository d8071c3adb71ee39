/**
 * How long the canvas takes to draw, learned from the frames drawn back to back (while a tween plays): on a
 * graphics card they come every refresh (16.7 ms at 60 Hz); where drawing runs in software they take two to
 * four times that. Scenes ask `smooth()` before adding motion that only decorates, and step instead when
 * drawing is slow. Until it has seen enough, it assumes drawing is cheap.
 */
export class DrawCost {
  private average = 0;
  private seen = 0;
  private lastDrawn: number | null = null;

  /** How many back-to-back draws it wants before judging; and the interval above which motion steps. */
  constructor(
    private readonly needed = 5,
    private readonly slowMs = 24,
  ) {}

  /** One frame: when it ran and whether it was drawn. */
  note(time: number, drawn: boolean): void {
    if (drawn && this.lastDrawn !== null) {
      const interval = time - this.lastDrawn;
      // A pause (a hidden tab, a gap between two tweens) says nothing about drawing.
      if (interval < 250) {
        this.seen += 1;
        const weight = Math.max(1 / this.seen, 0.1);
        this.average += (interval - this.average) * weight;
      }
    }
    this.lastDrawn = drawn ? time : null;
  }

  /** Whether motion that draws every frame is affordable here. */
  smooth(): boolean {
    return this.seen < this.needed || this.average <= this.slowMs;
  }
}
