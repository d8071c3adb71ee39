import { z } from 'zod';
import { language, t } from '../i18n/t.ts';

/** What zod tells of one issue, as much of it as the workshop reads. */
interface Issue {
  code?: string;
  input?: unknown;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: string[];
}

/**
 * The schemas' issues said to a teacher with what to do, for those a mission's form can cause; any other is
 * left to zod's own locale. The schemas' own messages ("must not be empty") win over these: problemMessages.ts
 * says them.
 */
export function teacherMessage(issue: Issue): string | undefined {
  const n = (v: number | bigint | undefined) => String(v ?? 0);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('draftCheck.required');
      if (issue.expected === 'int') return t('draftCheck.wholeNumber');
      return issue.expected === 'number' ? t('draftCheck.notNumber') : undefined;
    case 'too_small':
      if (issue.origin === 'array') return t('draftCheck.fewItems', { n: n(issue.minimum) });
      if (issue.origin !== 'number') return undefined;
      return issue.inclusive
        ? t('draftCheck.atLeast', { n: n(issue.minimum) })
        : t('draftCheck.moreThan', { n: n(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return t('draftCheck.manyItems', { n: n(issue.maximum) });
      return issue.origin === 'number' ? t('draftCheck.atMost', { n: n(issue.maximum) }) : undefined;
    case 'invalid_value':
      return t('draftCheck.pickValue');
    case 'unrecognized_keys':
      return t('draftCheck.unknownKey', { keys: (issue.keys ?? []).join(', ') });
    default:
      return undefined;
  }
}

/** zod speaks the interface's language from now on, in the teacher's words where the workshop has them. */
export function zodInLanguage(): void {
  z.config(language() === 'fr' ? z.locales.fr() : z.locales.en());
  z.config({ customError: (issue) => teacherMessage(issue as Issue) });
}
