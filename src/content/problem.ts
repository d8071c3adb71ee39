/** One thing wrong in levels/: which file, where in it (a JSON path), and what. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** Where a JSON.parse error happened, as line:column. */
export function jsonErrorWhere(text: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  const before = text.slice(0, pos ? Number(pos[1]) : longestValidStart(text));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Node 20 leaves the position out of some JSON.parse errors ("Unexpected token", "Unexpected end of JSON
 * input"). The error is where the longest prefix that could still begin a valid document ends, and whether a
 * prefix could is monotonic in its length, so a binary search finds it.
 */
function longestValidStart(text: string): number {
  const couldBeginValid = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      return msg.includes('end of JSON input') || (pos !== null && Number(pos[1]) >= length);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (couldBeginValid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
