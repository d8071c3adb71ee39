import { t } from '../i18n/t.ts';
import { button } from './dom.ts';
import { RESUME_PARAM } from './missionsFragment.ts';
import { missionsFragment } from './missionsLink.ts';

type Mission = Record<string, unknown>;

/** The draft as the game takes it: its "$schema" line is for editors. */
const forGame = ({ $schema: _, ...mission }: Mission): Mission => mission;

/**
 * The draft in the real game: tried out (the preview plays it with a fixed seed, then comes back here) or
 * offered to a class (the teacher's screen opens, in a new tab, with it as a path of its own). Both wait
 * for a draft without problems: a broken mission is never played nor shared.
 */
export function playButtons(draft: () => Mission, leaving: () => unknown) {
  const go = (url: string, newTab: boolean) => {
    if (newTab) window.open(url, '_blank', 'noopener');
    else {
      leaving();
      location.assign(url);
    }
  };
  const preview = button(
    t('custom.play.preview'),
    () => {
      if (preview.getAttribute('aria-disabled') !== 'true')
        go(`./?mode=preview${missionsFragment([forGame(draft())])}`, false);
    },
    undefined,
    'ws-button ws-primary',
  );
  const share = button(t('custom.play.share'), () => {
    if (share.getAttribute('aria-disabled') !== 'true')
      go(`./?mode=teacher${missionsFragment([forGame(draft())])}`, true);
  });
  preview.dataset.workshopPreview = '';
  share.dataset.workshopShare = '';
  return {
    elements: [preview, share],
    /** Says whether the draft may be played: problems make both buttons say why they wait. */
    update(problems: number): void {
      for (const b of [preview, share]) {
        b.setAttribute('aria-disabled', String(problems > 0));
        b.title = problems > 0 ? t('custom.play.blocked') : '';
      }
    },
  };
}

/** Whether the page was opened back from a preview, to reopen its draft; the address then forgets it. */
export function backFromPreview(): boolean {
  const q = new URLSearchParams(location.search);
  if (q.get(RESUME_PARAM) !== 'resume') return false;
  q.delete(RESUME_PARAM);
  history.replaceState(null, '', `?${q.toString()}`);
  return true;
}
