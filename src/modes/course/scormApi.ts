/** The SCORM 1.2 runtime a learning platform offers its course, as `window.API` in a frame above it. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

const FUNCTIONS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
] as const;

/** How far up the frames to look: the SCORM 1.2 runtime guide's own search stops at 7. */
const MAX_DEPTH = 10;

export type ApiSearch =
  | { kind: 'none' }
  | { kind: 'broken'; reason: string }
  | { kind: 'found'; api: Scorm12Api };

function apiOf(w: Window): unknown {
  try {
    return (w as Window & { API?: unknown }).API;
  } catch {
    // A frame of another origin: the platform's API cannot be there for us.
    return undefined;
  }
}

function checked(api: unknown): ApiSearch {
  if (typeof api !== 'object' || api === null)
    return { kind: 'broken', reason: 'window.API is not an object' };
  const missing = FUNCTIONS.filter((f) => typeof (api as Record<string, unknown>)[f] !== 'function');
  return missing.length > 0
    ? { kind: 'broken', reason: `window.API lacks ${missing.join(', ')}` }
    : { kind: 'found', api: api as Scorm12Api };
}

function searchUp(start: Window | null): ApiSearch | null {
  let w = start;
  for (let depth = 0; w && depth <= MAX_DEPTH; depth++) {
    const api = apiOf(w);
    if (api !== undefined && api !== null) return checked(api);
    let parent: Window | null = null;
    try {
      parent = w.parent;
    } catch {
      return null;
    }
    if (!parent || parent === w) return null;
    w = parent;
  }
  return null;
}

/** Finds the platform's API: in this window or the frames above it, then in the window that opened it. */
export function findScormApi(self: Window): ApiSearch {
  let opener: Window | null = null;
  try {
    opener = self.opener as Window | null;
  } catch {
    opener = null;
  }
  return searchUp(self) ?? searchUp(opener) ?? { kind: 'none' };
}
