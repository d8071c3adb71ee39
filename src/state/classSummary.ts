import type { Catalogue, Mission } from '../content/types.ts';
import { MAX_STARS } from '../content/vocabulary.ts';
import { language, num, t, tx } from '../i18n/t.ts';
import type { MissionStats, Tally } from '../sim/classroom/classStats.ts';
import type { ClassView } from './classView.ts';
import { topicText } from './topicText.ts';

/** Pitfalls listed per mission: what a page holds for four missions. */
const PITFALLS_SHOWN = 3;
const FORMATS_SHOWN = 4;

/** Text made safe to put in HTML, between tags or in an attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const e = escapeHtml;

/** One bar of a chart: its label, a bar as long as its share, the count. */
function barRow(head: string, count: number, of: number, spoken = head): string {
  const share = of > 0 ? Math.round((100 * count) / of) : 0;
  return `<tr><th scope="row" aria-label="${e(spoken)}">${e(head)}</th><td class="bar"><span style="width:${share}%"></span></td><td class="n">${count}</td></tr>`;
}

function starsChart(stats: MissionStats, pupils: number): string {
  const rows = [];
  for (let n = MAX_STARS; n >= 0; n--) {
    const glyphs = '★'.repeat(n) + '☆'.repeat(MAX_STARS - n);
    rows.push(
      barRow(
        glyphs,
        stats.stars[n] ?? 0,
        pupils,
        t('classDebrief.starsBar', { n, count: stats.stars[n] ?? 0 }),
      ),
    );
  }
  return `<h3>${e(t('classDebrief.stars'))}</h3><table>${rows.join('')}</table><p class="soft">${e(t('classDebrief.average', { n: num(stats.averageStars) }))}</p>`;
}

function formatsChart(formats: Tally<string>[], pupils: number, cat: Catalogue): string {
  const rows = formats.slice(0, FORMATS_SHOWN).map((f) => {
    const name = tx(cat.formats[f.value]?.name ?? { fr: f.value, en: f.value });
    return barRow(name, f.count, pupils);
  });
  return `<h3>${e(t('classDebrief.formats'))}</h3><table class="formats">${rows.join('')}</table>`;
}

function topics(stats: MissionStats, mission: Mission): string {
  const line = (tl: Tally<number>, good: boolean) =>
    `<li class="${good ? 'good' : 'bad'}">${e(topicText(tl.value, mission))} (${e(t('classDebrief.pupils', { n: tl.count }))})</li>`;
  const pitfalls = stats.pitfalls.slice(0, PITFALLS_SHOWN).map((p) => line(p, false));
  const strength = stats.strengths[0];
  return [
    `<h3>${e(t('classDebrief.pitfalls'))}</h3>`,
    pitfalls.length ? `<ul>${pitfalls.join('')}</ul>` : `<p>${e(t('classDebrief.noPitfall'))}</p>`,
    strength ? `<h3>${e(t('classDebrief.strength'))}</h3><ul>${line(strength, true)}</ul>` : '',
  ].join('');
}

const STYLE = `
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.3 system-ui, sans-serif; color: #1d2433; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 0 0 4pt; }
h3 { font-size: 9.5pt; margin: 4pt 0 1pt; }
p { margin: 0 0 4pt; }
.hint { background: #e8f3fa; border: 1px solid #0072b2; border-radius: 6pt; padding: 6pt 8pt; margin-bottom: 8pt; }
.missions { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin-top: 8pt; }
.missions.one { grid-template-columns: 1fr; }
section { border: 1px solid #d9d2c5; border-radius: 6pt; padding: 6pt 8pt; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th { font-weight: normal; text-align: left; white-space: nowrap; padding: 0 6pt 0 0; width: 1%; }
th { color: #b36b00; }
.formats th { color: inherit; white-space: normal; width: 40%; }
td.bar span { display: block; height: 7pt; background: #0072b2; min-width: 1px; }
.formats td.bar span { background: #009e73; }
td.n { width: 2.5em; text-align: right; font-weight: bold; }
ul { margin: 0; padding-left: 14pt; }
li.bad::marker { content: '⚠ '; color: #d55e00; }
li.good::marker { content: '✓ '; color: #009e73; }
.soft { color: #4a5263; }
footer { margin-top: 8pt; font-size: 9pt; color: #4a5263; }
* { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
@media print { .hint { display: none; } body { padding: 0; } }
`;

/**
 * The class debrief on one printable page, as a whole HTML document: for each mission how the stars spread,
 * the formats chosen and the commonest pitfalls. Every text is escaped; the page runs no script and loads
 * nothing (its own policy says so), so it opens the same from a Blob URL or saved to a file.
 */
export function classSummaryHtml(view: ClassView, cat: Catalogue, printedOn: string): string {
  const pupils = view.stats.pupils;
  const title = `${t('teacher.debrief')} — ${t('teacher.sessionTitle', { code: view.sessionCode })}`;
  const sections = view.missions.map((m, i) => {
    const stats = view.stats.missions[i];
    if (!stats) return '';
    return [
      `<section><h2>${e(t('class.missionLine', { n: i + 1, title: tx(m.title) }))}</h2>`,
      starsChart(stats, pupils),
      formatsChart(stats.formats, pupils, cat),
      topics(stats, m),
      '</section>',
    ].join('');
  });
  const about = [
    t('teacher.playlistMissions', { n: view.missions.length }),
    t('classDebrief.results', { n: pupils }),
    printedOn,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="hint">${e(t('classFiles.printHint'))}</p>
<h1>${e(title)}</h1>
<p>${about.map(e).join(' · ')}</p>
<main class="missions${view.missions.length === 1 ? ' one' : ''}">${sections.join('')}</main>
<footer>${e(t('classFiles.noNames'))}</footer>
</body>
</html>
`;
}
