import { t } from '../../i18n/t.ts';
import type { SessionPlaylist } from '../../sim/classroom/sessionCode.ts';
import { type SessionOption, sessionOptions } from '../../sim/classroom/sessionPlan.ts';
import {
  actionSlot,
  actionW,
  below,
  columns,
  columnsThatFit,
  grid,
  place,
  type Rect,
} from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, sizeClass, space } from '../../ui/theme.ts';
import { PLAYLIST_NAMES } from '../names.ts';
import { customMissionsButton } from './customMissionsButton.ts';
import { ModeScene } from './ModeScene.ts';

/** Illustrative: minutes a pupil takes over one mission, to help size a session. */
const MINUTES_PER_MISSION = 12;
/** A choice with its name and a detail line under it; up to three playlists or four lengths in a row. */
const CHOICE_H = 96;
/** A choice on a phone: its name on one line, the detail under it. */
const CHOICE_H_LOW = 64;
/** Going back names the session's code, so it is wider than a plain back button. */
const BACK_TO_SESSION_W = 400;
/** A choice narrower than this cuts its name: fewer in a row. */
const MIN_CHOICE_W = 220;
/** A length's name is short: four in a row where they get this much. */
const MIN_LENGTH_W = 150;
/** The workshop's missions' button under the intro; going back beside it where both fit. */
const CUSTOM_W = 340;
/** A low choice narrower than this leaves its icon out, so its name keeps one line. */
const ICON_CHOICE_W = 280;

/** Tall lengths carry an icon, as wide as the playlists' choices; low ones are shorter. */
const lengthMinW = (h: number) => (h === CHOICE_H ? MIN_CHOICE_W : MIN_LENGTH_W);

/** A choice has its icon where it is tall (its name may take two lines) or wide enough. */
const withIcon = (cell: Rect, h: number) => h === CHOICE_H || cell.w >= ICON_CHOICE_W;
/** Choices on more than one row share them evenly (four as two and two, not three and one). */
const balanced = (count: number, cols: number) =>
  count > cols ? Math.ceil(count / Math.ceil(count / cols)) : cols;

type Section = 'playlist' | 'length';

/** The teacher picks a playlist and a length; the session code follows. */
export class TeacherSetupScene extends ModeScene {
  private playlist: SessionPlaylist | null = null;
  private length = 1;
  /** On a screen too small for both lists, the one shown. */
  private section: Section = 'playlist';

  create(): void {
    const teacher = this.teacher().teacher;
    const state = teacher.getState();
    const options = sessionOptions(this.s.catalogue);
    const chosen = options.find((o) => o.playlist === this.playlist) ?? options[0];
    if (!chosen) return;
    this.playlist = chosen.playlist;
    this.length = Math.min(this.length, chosen.maxLength);
    this.enter(t('teacher.setupTitle'));
    this.topBar(t('teacher.space'));

    const actions = this.frame().actions;
    const body = this.frame('mission').body;
    const back = state.sessionCode
      ? {
          text: t('teacher.backToSession', { code: state.sessionCode }),
          go: () => teacher.getState().backToSession(),
        }
      : null;
    // The way on comes after the choices, for the keyboard.
    const create = () =>
      this.wayOn({
        text: t('teacher.create'),
        onPress: () => teacher.getState().createSession(chosen.playlist, this.length),
      });
    // A projector's row holds going back, the language and creating; a smaller screen's row the language
    // and creating, going back under the text (beside the choices on a phone sideways).
    if (actionSlot(actions, 'next').w === actionW.next) {
      const head = this.custom(body, this.head(body));
      this.fitted(options, chosen, below(body, head + space.margin));
      create();
      if (back)
        this.btn({
          ...place(actions, 'start', BACK_TO_SESSION_W),
          text: back.text,
          icon: 'arrow-left',
          onPress: back.go,
        });
      this.languageButton('center');
    } else {
      const side = sizeClass() === 'short';
      const [text, choices] = side ? (columns(body, [2, 3], space.gap) as [Rect, Rect]) : [body, body];
      // A phone upright too low for the button under the text and the list under it: a square in the row,
      // and, where even that is not enough, the title without the intro under it.
      const list = space.gap + control.touch + space.l + options.length * (CHOICE_H_LOW + space.l);
      const backRow = back ? space.l + control.h : 0;
      const fits = (head: number, buttonUnder: boolean) =>
        text.y + head + backRow + (buttonUnder ? space.l + control.h : 0) + list <= body.y + body.h;
      const full = side ? null : this.headHeight(text.w);
      const underText = !full || fits(full.withIntro, true);
      const intro = !full || underText || fits(full.withIntro, false);
      // A phone sideways has no height to spare under its text: the button is a square beside the title.
      let bottom = this.head(text, side ? control.h + space.m : 0, intro);
      if (side) customMissionsButton(this, { ...place(text, 'end', control.h, control.h) }, true);
      this.rowSquares = underText ? 0 : 1;
      const square = this.rowSquare(0);
      if (square) customMissionsButton(this, square, true);
      else if (!side) bottom = this.custom(text, bottom);
      if (back) {
        const at = {
          ...place(text, 'start', Math.min(text.w, BACK_TO_SESSION_W), control.h),
          y: bottom + space.l,
        };
        this.btn({ ...at, text: back.text, icon: 'arrow-left', onPress: back.go });
        bottom = at.y + at.h;
      }
      this.fitted(options, chosen, side ? choices : below(body, bottom + space.gap));
      create();
      this.languageButton('start');
    }
    this.focusDefault();
  }

  /** The title (`besideTitle` kept free at its end) and what the teacher is to do; returns where they end. */
  private head(r: Rect, besideTitle = 0, withIntro = true): number {
    const title = label(this, r.x, r.y, t('teacher.setupTitle'), {
      size: 'h1',
      bold: true,
      width: r.w - besideTitle,
    });
    if (!withIntro) return title.y + title.height;
    const intro = label(this, r.x, title.y + title.height + space.s, t('teacher.setupIntro'), {
      width: r.w,
      color: color.inkSoft,
      layer: this.s.layer,
    });
    return intro.y + intro.height;
  }

  /** How tall the title is, alone and with the intro under it, in a column `w` wide. */
  private headHeight(w: number): { title: number; withIntro: number } {
    const title = label(this, 0, 0, t('teacher.setupTitle'), { size: 'h1', bold: true, width: w });
    const intro = label(this, 0, 0, t('teacher.setupIntro'), { width: w });
    const heights = { title: title.height, withIntro: title.height + space.s + intro.height };
    title.destroy();
    intro.destroy();
    return heights;
  }

  /** The button for the workshop's missions under the intro; returns where it ends. */
  private custom(r: Rect, top: number): number {
    const at = { ...place(r, 'start', Math.min(r.w, CUSTOM_W), control.h), y: top + space.l };
    customMissionsButton(this, at);
    return at.y + at.h;
  }

  /** Both lists one under the other when they fit (tall ones first), else one at a time under two tabs. */
  private fitted(options: SessionOption[], chosen: SessionOption, area: Rect): void {
    for (const h of [CHOICE_H, CHOICE_H_LOW])
      if (this.bothHeight(options.length, chosen.maxLength, area.w, h) <= area.h) {
        this.both(options, chosen, area, h);
        return;
      }
    // Short names, centred clear of the check mark: the choice made is shown in its own list.
    const tabs = grid({ ...area, h: control.touch }, 2, 2, space.l);
    const tab = (i: number, section: Section, name: string) =>
      this.btn({
        ...(tabs[i] as Rect),
        text: name,
        compact: true,
        key: `tab-${section}`,
        pressed: this.section === section,
        onPress: () => {
          this.section = section;
          this.refresh();
        },
      });
    tab(0, 'playlist', t('teacher.playlist'));
    tab(1, 'length', t('teacher.length'));
    const list = below(area, area.y + control.touch + space.l);
    if (this.section === 'playlist') this.playlists(options, chosen, list, CHOICE_H_LOW);
    else this.lengths(chosen, list, CHOICE_H_LOW);
  }

  private bothHeight(playlists: number, lengths: number, w: number, h: number): number {
    const heading = this.headingHeight();
    const rowsOf = (n: number, cols: number) => Math.ceil(n / cols);
    const list = (n: number, minW: number, most: number) => {
      const r = rowsOf(n, columnsThatFit(w, minW, most));
      return heading + space.m + r * h + (r - 1) * space.l;
    };
    return list(playlists, MIN_CHOICE_W, 3) + space.margin + list(lengths, lengthMinW(h), 4);
  }

  private headingHeight(): number {
    const probe = label(this, 0, 0, t('teacher.playlist'), { bold: true });
    const h = probe.height;
    probe.destroy();
    return h;
  }

  /** The playlists, their heading above them, then the lengths likewise. */
  private both(options: SessionOption[], chosen: SessionOption, area: Rect, h: number): void {
    const heading = (y: number, text: string) => {
      const head = label(this, area.x, y, text, { bold: true, layer: this.s.layer, tag: 'h2' });
      return head.y + head.height + space.m;
    };
    const playlistsEnd = this.playlists(
      options,
      chosen,
      below(area, heading(area.y, t('teacher.playlist'))),
      h,
    );
    this.lengths(chosen, below(area, heading(playlistsEnd + space.margin, t('teacher.length'))), h);
  }

  /** The playlists as choices, as many in a row as fit; returns where they end. */
  private playlists(options: SessionOption[], chosen: SessionOption, r: Rect, h: number): number {
    const cells = grid(
      r,
      options.length,
      balanced(options.length, columnsThatFit(r.w, MIN_CHOICE_W, 3)),
      space.l,
      h,
    );
    cells.forEach((cell, i) => {
      const o = options[i];
      if (!o) return;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: !withIcon(cell, h)
          ? undefined
          : o.playlist === 'kiosk'
            ? 'clock'
            : o.playlist === 'career'
              ? 'briefcase'
              : o.playlist === 'custom'
                ? 'pen-line'
                : 'school',
        text: t(PLAYLIST_NAMES[o.playlist]),
        detail: t('teacher.playlistMissions', { n: o.missions.length }),
        pressed: o.playlist === chosen.playlist,
        onPress: () => {
          this.playlist = o.playlist;
          this.refresh();
        },
      });
    });
    const last = cells[cells.length - 1];
    return last ? last.y + last.h : r.y;
  }

  /** How many missions the session has, as choices (an icon where they are tall or wide enough). */
  private lengths(chosen: SessionOption, r: Rect, h: number): void {
    const cells = grid(
      r,
      chosen.maxLength,
      balanced(chosen.maxLength, columnsThatFit(r.w, lengthMinW(h), 4)),
      space.l,
      h,
    );
    cells.forEach((cell, i) => {
      const n = i + 1;
      this.btn({
        ...cell,
        variant: 'choice',
        icon: withIcon(cell, h) ? 'clock' : undefined,
        text: t('teacher.lengthOption', { n }),
        // A narrow choice says the minutes alone, clear of its check mark.
        detail: t(withIcon(cell, h) ? 'teacher.lengthMinutes' : 'teacher.lengthMinutesShort', {
          min: n * MINUTES_PER_MISSION,
        }),
        pressed: n === this.length,
        onPress: () => {
          this.length = n;
          this.refresh();
        },
      });
    });
  }
}
