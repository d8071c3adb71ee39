import { jsonErrorWhere } from '../content/problem.ts';
import { t, tx } from '../i18n/t.ts';
import type { SaidProblem } from './problemMessages.ts';

/** Where the workshop keeps the draft in this browser. */
export const DRAFT_KEY = 'pedago-studio.workshop.draft';

/** The draft as kept: its JSON text as typed (even unfinished) and whether it changed since its last export. */
export interface Draft {
  text: string;
  unexported: boolean;
}

/** What the draft is kept in: the game's SafeStorage fits (it never throws, and says when it failed). */
export interface DraftStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  readonly degraded: boolean;
}

const FORMAT = 1;

/** Keeps the draft; false when the storage could not (full, blocked, private browsing): say so. */
export function saveDraft(storage: DraftStorage, draft: Draft): boolean {
  storage.set(DRAFT_KEY, JSON.stringify({ format: FORMAT, ...draft }));
  return !storage.degraded;
}

/** The kept draft, or null when there is none or what is kept is not one. */
export function loadDraft(storage: DraftStorage): Draft | null {
  try {
    const kept = JSON.parse(storage.get(DRAFT_KEY) ?? 'null') as Partial<Draft> & { format?: number };
    if (kept?.format !== FORMAT || typeof kept.text !== 'string' || kept.text.trim() === '') return null;
    return { text: kept.text, unexported: kept.unexported !== false };
  } catch {
    return null;
  }
}

/** A mission file is a few tens of kB: anything far bigger is not one. */
export const MAX_FILE_KB = 512;

export type FileReading = { mission: Record<string, unknown> } | { refused: SaidProblem };

/**
 * A file the teacher opens, read as a mission, or refused with the reason. A mission with problems is taken
 * (the check names them); what is refused is what is not a mission at all.
 */
export function readMissionFile(text: string): FileReading {
  if (text.trim() === '') return { refused: { key: 'workshop.import.unreadable', params: {} } };
  if (text.length > MAX_FILE_KB * 1024)
    return { refused: { key: 'workshop.import.tooBig', params: { size: String(MAX_FILE_KB) } } };
  const broken = jsonBreak(text);
  if (broken) {
    const params = { line: String(broken.line), column: String(broken.column) };
    return { refused: { key: 'workshop.import.notJson', params } };
  }
  const m = JSON.parse(text) as Record<string, unknown> | null;
  const isMission =
    typeof m === 'object' &&
    m !== null &&
    !Array.isArray(m) &&
    typeof m.id === 'string' &&
    typeof m.title === 'object';
  if (!isMission) return { refused: { key: 'workshop.import.notMission', params: {} } };
  return { mission: m };
}

/** Where the JSON text first breaks, as line and column (1-based), or null when it parses. */
export function jsonBreak(text: string): { line: number; column: number } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const [, line = '1', column = '1'] =
      /line (\d+), column (\d+)/.exec(jsonErrorWhere(text, (e as Error).message)) ?? [];
    return { line: Number(line), column: Number(column) };
  }
}

/** The draft's French title (the game's first language), or words for a draft without one. */
export function titleOf(draftText: string): string {
  try {
    const title = (JSON.parse(draftText) as { title?: { fr?: string } }).title;
    if (title?.fr) return tx(title as { fr: string });
  } catch {}
  return t('workshop.draft.untitled');
}
