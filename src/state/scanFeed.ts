/**
 * The text a pupil's result QR code carries, as a code to read: the code itself (src/ui/qrCode.ts draws the
 * bare code), or the `result` of an address that names one, should a QR code ever carry a link.
 */
export function codeInPayload(payload: string): string {
  const text = payload.trim();
  if (!/^https?:\/\//i.test(text)) return text;
  try {
    return new URL(text).searchParams.get('result')?.trim() || text;
  } catch {
    return text;
  }
}

/**
 * Tells which codes a camera frame shows anew. A code held up stays in view for many frames: it is new
 * once, then again only after it has been out of view for `forgetMs` (shown a second time on purpose).
 */
export class ScanFeed {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly forgetMs: number) {}

  /** The codes of this frame, seen at `now` (ms), that were not in view just before. */
  fresh(codes: readonly string[], now: number): string[] {
    const out: string[] = [];
    for (const code of new Set(codes)) {
      const last = this.lastSeen.get(code);
      if (last === undefined || now - last > this.forgetMs) out.push(code);
      this.lastSeen.set(code, now);
    }
    return out;
  }
}
