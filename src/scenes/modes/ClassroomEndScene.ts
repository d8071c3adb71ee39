import { labelled, t, tx } from '../../i18n/t.ts';
import { shapeOf } from '../../modes/classroom/sessionPlan.ts';
import { resultCodeOf } from '../../state/pupilStore.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { starRow } from '../../ui/stars.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

/** The end of a pupil's session: the result code to hand in, as text and QR code, and how each mission went. */
export class ClassroomEndScene extends ModeScene {
  constructor() {
    super('classroom-end');
  }

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
    this.enter('classroom-end', title);
    this.topBar(t('class.title'), c.sessionCode);
    const layer = this.s.layer;

    label(this, 48, 96, title, { size: 'h1', bold: true, width: 1184 });
    panel(this, 48, 168, 720, 236, { fill: color.tintSky, border: color.blue, borderWidth: 3 });
    if (code) {
      const shown = label(this, 408, 204, code, { size: 'display', bold: true, align: 'center', layer });
      shown.setLetterSpacing(4);
      const twin = shown.getData('twin') as HTMLElement | undefined;
      if (twin) {
        twin.dataset.resultCode = code;
        twin.textContent = t('class.yourCode', { code });
      }
      qrCode(this, 904, 168, 236, code);
    }
    label(this, 408, 300, t('class.endHelp'), { width: 640, align: 'center', layer });

    missions.forEach((m, i) => {
      const s = pupil.summaries[m.id];
      const y = 432 + i * 68;
      panel(this, 48, y, 1184, 60, { shadow: false });
      label(this, 72, y + 17, t('class.missionLine', { n: i + 1, title: tx(m.title) }), {
        bold: true,
        width: 520,
      });
      if (!s) return;
      starRow(this, 680, y + 30, s.stars, 32);
      const format = this.s.catalogue.formats[m.formats[s.format] ?? ''];
      const formatText = format ? t('class.formatChosen', { name: tx(format.name) }) : '';
      label(this, 800, y + 17, formatText, { size: 'small', width: 420 });
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
