import { labelled, t, tx } from '../../i18n/t.ts';
import { shapeOf } from '../../sim/classroom/sessionPlan.ts';
import { resultCodeOf } from '../../state/pupilStore.ts';
import { below, columns, grid, inset, place, type Rect, sideBySide } from '../../ui/layout.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { starRow } from '../../ui/stars.ts';
import { label } from '../../ui/text.ts';
import { color, control, iconPx, sizeClass, space } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

/** The result code's box, as tall as the QR code beside it. */
const CODE_H = 236;
/** The code box on a phone sideways: the code and one line of help. */
const CODE_H_LOW = 124;
/** Narrower than this, the code box would not hold the code: the QR code goes under it. */
const MIN_CODE_W = 300;

/** The end of a pupil's session: the result code to hand in, as text and QR code, and how each mission went. */
export class ClassroomEndScene extends ModeScene {
  create(): void {
    const c = this.classroom();
    const missions = c.missions ?? [];
    if (!c.pupil || !c.sessionCode) return;
    const pupil = c.pupil.getState();
    const code = resultCodeOf(
      pupil,
      c.sessionCode,
      missions.map((m) => m.id),
      missions.map(shapeOf),
    );
    const title = pupil.pseudonym ? t('class.endTitleNamed', { name: pupil.pseudonym }) : t('class.endTitle');
    this.enter(title);
    this.topBar(t('class.title'), c.sessionCode);
    const layer = this.s.layer;

    // The code beside its QR code; on a phone held upright, the code, then the QR code in the room left
    // above the missions, which follow it (the screen has no action row: the list may use it).
    const body = this.frame('mission').body;
    const heading = label(this, body.x, body.y, title, { size: 'h1', bold: true, width: body.w });
    // A phone sideways: a lower code box, its QR code a square at its right, the missions in two columns.
    const low = sizeClass() === 'short';
    // What the code holds, in one small line under the help: the low box grows by its height.
    const holdsText = t('class.codeHolds');
    const probe = label(this, 0, 0, holdsText, { size: 'small', width: body.w - CODE_H_LOW - 3 * space.gap });
    const codeH = low ? CODE_H_LOW + probe.height + space.xs : CODE_H;
    probe.destroy();
    const codeRow = { ...body, y: heading.y + heading.height + space.l, h: codeH };
    const { parts, stacked } = low
      ? { parts: columns(codeRow, [codeRow.w - codeH - space.gap, codeH], space.gap), stacked: false }
      : sideBySide(codeRow, [3, 2], MIN_CODE_W);
    const [codeBox, qrBox] = parts as [Rect, Rect];
    const listCols = low ? Math.min(2, missions.length) : 1;
    const listH = Math.ceil(missions.length / listCols) * (control.compact + space.s);
    const listBottom = stacked || low ? this.screenSize.height - space.margin : body.y + body.h;
    const mid = codeBox.x + codeBox.w / 2;
    const help = low ? inset(codeBox, space.gap, space.l) : inset(codeBox, space.gap, space.gap + space.xs);
    let helpTop = help.y;
    const shown = code
      ? label(this, mid, help.y, code, {
          size: 'display',
          bold: true,
          align: 'center',
          layer,
          maxWidth: help.w - code.length * space.xs,
        })
      : null;
    if (shown && code) {
      shown.setLetterSpacing(space.xs);
      const twin = shown.getData('twin') as HTMLElement | undefined;
      if (twin) {
        twin.dataset.resultCode = code;
        twin.textContent = t('class.yourCode', { code });
      }
      helpTop = shown.y + shown.height + (low ? space.s : space.gap);
    }
    const helpText = label(this, mid, helpTop, t('class.endHelp'), { width: help.w, align: 'center', layer });
    const holds = label(this, mid, helpText.y + helpText.height + space.xs, holdsText, {
      size: 'small',
      width: help.w,
      align: 'center',
      color: color.inkSoft,
      layer,
    });
    const codeBottom = stacked ? holds.y + holds.height + space.gap + space.xs : codeBox.y + codeBox.h;
    panel(this, codeBox.x, codeBox.y, codeBox.w, codeBottom - codeBox.y, {
      fill: color.tintSky,
      border: color.blue,
      borderWidth: 3,
    }).setDepth(-1);
    const qrTop = stacked ? codeBottom + space.gap : qrBox.y;
    const qrSide = stacked ? Math.min(CODE_H, listBottom - listH - space.gap - qrTop) : codeH;
    if (code) qrCode(this, place(qrBox, 'center', qrSide).x, qrTop, qrSide, code);

    // One line per mission: its name, its stars and the format chosen.
    const list = stacked
      ? { ...body, y: Math.min(listBottom - listH, qrTop + qrSide + space.gap), h: listH }
      : below(body, codeRow.y + codeRow.h + (low ? space.l : space.gap));
    grid(list, missions.length, listCols, space.s, control.compact).forEach((row, i) => {
      const m = missions[i];
      if (!m) return;
      const s = pupil.summaries[m.id];
      panel(this, row.x, row.y, row.w, row.h, { shadow: false });
      // A phone has no room for the format: its line keeps the name and the stars (the format is in the DOM).
      const [name, starsCol, formatCol] = columns(
        inset(row, space.pad, 0),
        stacked || low ? [3, 2, 0] : [5, 2, 4],
        space.pad,
      ) as [Rect, Rect, Rect];
      const rowMid = row.y + row.h / 2;
      label(this, name.x, rowMid, t('class.missionLine', { n: i + 1, title: tx(m.title) }), {
        bold: true,
        width: name.w,
        maxHeight: row.h - 2 * space.xs,
      }).setOrigin(0, 0.5);
      if (!s) return;
      starRow(this, starsCol.x + starsCol.w / 2, rowMid, s.stars, iconPx.heading);
      const format = this.s.catalogue.formats[m.formats[s.format] ?? ''];
      const formatText = format ? t('class.formatChosen', { name: tx(format.name) }) : '';
      if (!stacked && !low)
        label(this, formatCol.x, rowMid, formatText, { size: 'small', width: formatCol.w }).setOrigin(0, 0.5);
      label(
        this,
        0,
        0,
        `${labelled(t('class.missionLine', { n: i + 1, title: tx(m.title) }), t('results.stars', { n: s.stars }))}. ${formatText}`,
        {
          layer,
        },
      ).setVisible(false);
    });
    layer.announce(`${title}. ${code ?? ''}`);
  }
}
