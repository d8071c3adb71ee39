import type { Catalogue, Mission } from '../content/types.ts';
import { t, tx } from '../i18n/t.ts';
import type { ClassView } from './classView.ts';
import { topicText } from './topicText.ts';

/**
 * The separator: a semicolon. Excel in a French locale splits a double-clicked CSV on its list separator,
 * which is `;` there (the comma is the decimal mark), so a comma-separated file would open as one column;
 * LibreOffice and Google Sheets find the `;` by themselves. No `sep=;` line: with it, Excel ignores the BOM.
 */
export const CSV_SEPARATOR = ';';
/** Excel reads a CSV as UTF-8 (accents right) only when it starts with a byte order mark. */
const BOM = '\uFEFF';
/** RFC 4180 ends each record with CRLF. */
const EOL = '\r\n';

/** A field as RFC 4180 writes it: quoted, its quotes doubled, when it holds a separator, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatName(mission: Mission, index: number, cat: Catalogue): string {
  const id = mission.formats[index] ?? '';
  const format = cat.formats[id];
  return format ? tx(format.name) : id;
}

/**
 * The class debrief as a spreadsheet: one row per accepted result code (its code, then the stars, format
 * and main topic of each mission of the session, and the total of stars), names in the current language.
 * The codes carry no names, so neither does the file.
 */
export function classCsv(view: ClassView, cat: Catalogue): string {
  const head = [t('classFiles.csvCode')];
  view.missions.forEach((m, i) => {
    const mission = { n: i + 1, title: tx(m.title) };
    head.push(
      t('classFiles.csvStars', mission),
      t('classFiles.csvFormat', mission),
      t('classFiles.csvTopic', mission),
    );
  });
  head.push(t('classFiles.csvTotal'));
  const rows = view.results.map((r, k) => {
    const cells: (string | number)[] = [view.codes[k] ?? ''];
    let total = 0;
    view.missions.forEach((m, i) => {
      const s = r.missions[i];
      if (!s) {
        cells.push('', '', '');
        return;
      }
      total += s.stars;
      cells.push(s.stars, formatName(m, s.format, cat), topicText(s.topic, m));
    });
    cells.push(total);
    return cells;
  });
  return BOM + [head, ...rows].map((cells) => cells.map(csvField).join(CSV_SEPARATOR) + EOL).join('');
}
