/**
 * The published page: one self-contained HTML document in Swedish, made from
 * the publish model alone. Inline CSS and SVG, no script, no font, image or
 * style from anywhere else (its Content-Security-Policy says so to the
 * browser too). Built for WCAG 2.1 AA: headings in order, landmarks, real
 * tables with captions and scoped headers, each chart an image with a text
 * alternative beside a table of its figures, status in words and a symbol
 * (never colour alone), text contrast at least 4.5:1, readable at 320 px and
 * at 200 % zoom (tables scroll in their own focusable box), and print CSS.
 * Every text is escaped.
 */
import { formatNumberSv } from "../swedish-format";
import { STATUS_COLOURS, TONE_COLOURS } from "../report/layout/meaning-colours";
import type { TargetStatus } from "../trends/trend-types";
import { STATUS_WORDS_SV } from "../trends/status-words";
import type { PublishedChart, PublishedIndicator, PublishModel } from "./publish-model";
import { STATUS_SYMBOLS } from "./publish-model";

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const e = escapeHtml;

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1.125rem;line-height:1.55;color:#1a1a1a;background:#fff}
header,main,footer{max-width:50rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1,h2,h3,p,li,dt,dd,th,td,caption,figcaption{overflow-wrap:break-word;hyphens:auto}
h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 1rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid #1a1a1a}
h3{font-size:1.2rem;line-height:1.3;margin:1.75rem 0 .5rem}
.kicker{margin:0;color:#404040;font-size:1rem}
.lead{font-size:1.2rem}
.summary{padding-left:1.25rem}
.summary li{margin:.35rem 0}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.75rem;margin:1rem 0;padding:0}
.figures div{border:1px solid #8c8c8c;border-radius:.4rem;padding:.5rem .75rem}
.figures dt{font-size:.95rem;color:#404040}
.figures dd{margin:.15rem 0 0;font-size:1.4rem;font-weight:700;line-height:1.2}
.table-wrap{max-width:100%;overflow-x:auto;margin:1rem 0}
.table-wrap:focus{outline:3px solid #1f5fa8;outline-offset:2px}
table{border-collapse:collapse;min-width:100%;font-size:1rem}
caption{text-align:left;font-weight:700;padding:.25rem 0 .5rem;position:sticky;left:0;max-width:calc(100vw - 2rem)}
th,td{border-bottom:1px solid #8c8c8c;padding:.4rem .6rem .4rem 0;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1a1a1a}
.num{text-align:right;white-space:nowrap}
thead th.num{white-space:normal}
.nowrap{white-space:nowrap}
.narrow table{min-width:0;width:auto}
.narrow th,.narrow td{padding-right:2rem}
.legend{padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:1rem}
.status-list{list-style:none;padding:0;margin:1rem 0}
.status-list li{border-left:.45rem solid #595959;padding:.5rem .75rem;margin:.75rem 0}
.status{display:block;font-weight:700}
.symbol{display:inline-block;min-width:1.2em}
.indicator{display:block;font-weight:700}
.indicator-value{display:block}
.comparison,.left-out{display:block;font-size:1rem;color:#404040}
figure{margin:1.5rem 0;padding:0}
figcaption{font-weight:700}
.chart-svg{display:block;width:100%;max-width:36rem;height:auto;margin:.5rem 0}
.chart-key{font-size:1rem;color:#404040;margin:.25rem 0}
.partners dt{font-weight:700;margin-top:.75rem}
.partners dd{margin:0}
.partners ul{margin:.25rem 0;padding-left:1.25rem}
footer{margin-top:3rem;padding-bottom:2rem;border-top:2px solid #1a1a1a;font-size:1rem;color:#404040}
@media (min-width:40rem){h1{font-size:2.3rem}}
@media print{
  body{font-size:11pt;line-height:1.4}
  header,main,footer{max-width:none;padding:0}
  h2{break-after:avoid;margin-top:1.5rem}
  h3{break-after:avoid}
  figure,.status-list li,tr,.figures div{break-inside:avoid}
  .table-wrap{overflow:visible}
  table{font-size:10pt}
  .chart-svg{max-width:14cm}
}
`;

const STATUS_CSS = (Object.keys(STATUS_COLOURS) as TargetStatus[])
  .map((s) => `.st-${s}{border-left-color:${STATUS_COLOURS[s].web.border}!important;background:${STATUS_COLOURS[s].web.tint}}`)
  .join("\n");

/** A table with a caption and scoped headers, in a box of its own that scrolls (and takes focus) when it is wider than the page. */
function table(id: string, caption: string, head: string[], rows: string[][], classes: readonly string[], narrow = false): string {
  const cls = (i: number) => (classes[i] ? ` class="${classes[i]}"` : "");
  const th = head.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td${cls(i)}>${e(c)}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<div class="table-wrap${narrow ? " narrow" : ""}" role="region" aria-labelledby="${id}" tabindex="0">
<table>
<caption id="${id}">${e(caption)}</caption>
<thead><tr>${th}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

const W = 560;
const H = 260;
const PAD = { left: 64, right: 44, top: 20, bottom: 44 };

/** Round numbers for the value axis: about four steps of 1, 2 or 5 times a power of ten. */
function ticks(low: number, high: number): number[] {
  if (low === high) {
    const d = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
    low -= d;
    high += d;
  }
  const raw = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.floor(low / step) * step; v <= high + step * 1e-9; v += step) out.push(Number(v.toPrecision(10)));
  if (out[out.length - 1]! < high) out.push(Number((out[out.length - 1]! + step).toPrecision(10)));
  return out;
}

function decimalsOfStep(values: readonly number[]): number {
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1;
  return step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
}

/** One key indicator as a line chart: the values (gaps where nothing is shown), the target dashed. */
export function chartSvg(chart: PublishedChart, key: string): string {
  const plotted = chart.points.map((p) => p.plot).filter((v): v is number => v !== null);
  const domain = [...plotted, ...(chart.target === null ? [] : [chart.target])];
  const low = chart.unit === "Antal" || chart.unit === "Procent" ? Math.min(0, ...domain) : Math.min(...domain);
  const axis = ticks(low, Math.max(...domain, low + 1));
  const [y0, y1] = [axis[0]!, axis[axis.length - 1]!];
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = chart.points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? innerW / 2 : (innerW * i) / (n - 1));
  const y = (v: number) => PAD.top + innerH - ((v - y0) / (y1 - y0 || 1)) * innerH;
  const f = (v: number) => v.toFixed(1);
  const axisDecimals = decimalsOfStep(axis);
  const suffix = chart.unit === "Procent" ? " %" : "";
  const grid = axis
    .map(
      (v) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#d9d9d9" stroke-width="1"/><text x="${PAD.left - 8}" y="${f(y(v) + 5)}" text-anchor="end">${e(formatNumberSv(v, axisDecimals) + suffix)}</text>`,
    )
    .join("");
  const labels = chart.points.map((p, i) => `<text x="${f(x(i))}" y="${H - 14}" text-anchor="middle">${e(p.period)}</text>`).join("");
  const colour = TONE_COLOURS[chart.tone].web;
  // Consecutive shown points are joined; a gap (no value, or a count not shown) breaks the line.
  const segments: string[] = [];
  let run: string[] = [];
  chart.points.forEach((p, i) => {
    if (p.plot === null) {
      if (run.length > 1) segments.push(run.join(" "));
      run = [];
      return;
    }
    run.push(`${f(x(i))},${f(y(p.plot))}`);
  });
  if (run.length > 1) segments.push(run.join(" "));
  const line = segments.map((pts) => `<polyline points="${pts}" fill="none" stroke="${colour}" stroke-width="3"/>`).join("");
  const dots = chart.points
    .map((p, i) => (p.plot === null ? "" : `<circle cx="${f(x(i))}" cy="${f(y(p.plot))}" r="5" fill="${colour}"/>`))
    .join("");
  const target =
    chart.target === null
      ? ""
      : `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(chart.target))}" y2="${f(y(chart.target))}" stroke="#404040" stroke-width="2" stroke-dasharray="8 6"/>`;
  return `<svg class="chart-svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${key}-title ${key}-desc" font-family="system-ui,Arial,sans-serif" font-size="15" fill="#404040">
<title id="${key}-title">${e(chart.name)}</title>
<desc id="${key}-desc">${e(chart.description)}</desc>
${grid}${target}${line}${dots}${labels}
</svg>`;
}

function chartFigure(chart: PublishedChart, i: number): string {
  const key = `diagram-${i + 1}`;
  const target = chart.targetText === null ? "Mål saknas." : `Målet är ${chart.targetText}.`;
  const rows = chart.points.map((p) => [p.period, p.text]);
  return `<figure aria-labelledby="${key}-caption">
<figcaption id="${key}-caption">${e(chart.name)} (${e(chart.unitWord)})</figcaption>
${chartSvg(chart, key)}
<p class="chart-key">Heldragen linje: värdet per tertial. Streckad linje: målet. ${e(target)} Linjens färg: ${e(chart.toneWords)}.</p>
${table(`${key}-table`, `${chart.name}: värden per tertial`, ["Tertial", "Värde"], rows, ["", "num"], true)}
</figure>`;
}

function indicatorItem(i: PublishedIndicator): string {
  const value = i.value === null ? "Inget värde rapporterat" : i.value;
  const against = i.against === "" ? "" : ` · ${i.against}`;
  return `<li class="st-${i.status}">
<span class="status"><span class="symbol" aria-hidden="true">${e(i.symbol)}</span> ${e(i.statusWord)}</span>
<span class="indicator">${e(i.name)}</span>
<span class="indicator-value">${e(value)}${e(against)}</span>${i.comparison ? `\n<span class="comparison">${e(i.comparison)}</span>` : ""}${
    i.leftOut ? `\n<span class="left-out">Obs: ${e(i.leftOut)}.</span>` : ""
  }
</li>`;
}

/** The statuses the list uses, each with its symbol, in the list's order of first use. */
function legend(indicators: readonly PublishedIndicator[]): string {
  const seen = new Map<string, string>();
  for (const i of indicators) if (!seen.has(i.statusWord)) seen.set(i.statusWord, i.symbol);
  const items = [...seen].map(([word, symbol]) => `<li><span aria-hidden="true">${e(symbol)}</span> ${e(word)}</li>`).join("");
  return `<ul class="legend" aria-label="Teckenförklaring">${items}</ul>`;
}

/** The whole page. */
export function publishPageHtml(model: PublishModel): string {
  const period = model.period;
  const figures = model.keyFigures.map((k) => `<div><dt>${e(k.label)}</dt><dd>${e(k.text)}</dd></div>`).join("\n");
  const measures = table(
    "tabell-atgarder",
    `Åtgärder och aktiviteter, ${period}`,
    ["Åtgärd", "Genomförda aktiviteter", "Deltagare", "Status", "Fokusområde"],
    model.measures.map((m) => [m.title, m.completed.text, m.participants.text, m.status ?? "–", m.focus ?? "–"]),
    ["", "num", "num", "", ""],
  );
  const women =
    model.women.length === 0
      ? "<p>Inga indikatorer är uppdelade på kvinnor och män.</p>"
      : table(
          "tabell-kvinnor",
          "Indikatorer uppdelade på kvinnor och män",
          ["Indikator", "Period", "Kvinnor", "Män", "Skillnad (kvinnor − män)", "Utveckling för kvinnor"],
          model.women.map((w) => [`${w.name} (${w.unitWord})`, w.period ?? "–", w.women, w.men, w.difference ?? "–", w.trend || "–"]),
          ["", "nowrap", "num", "num", "num diff", ""],
        );
  const womenMeasures =
    model.womenMeasures.length === 0
      ? ""
      : `<p>Åtgärder för kvinnors trygghet:</p>\n<ul>${model.womenMeasures.map((m) => `<li>${e(m)}</li>`).join("")}</ul>`;
  const partners = model.partners
    .map((g) => `<dt>${e(g.type)}</dt><dd><ul>${g.names.map((n) => `<li>${e(n)}</li>`).join("")}</ul></dd>`)
    .join("\n");
  const charts =
    model.charts.length === 0
      ? ""
      : `<h3>Nyckelindikatorer över tid</h3>
<p>Diagrammen visar hur de viktigaste indikatorerna har utvecklats per tertial. Samma siffror står i tabellen under varje diagram.</p>
${model.charts.map(chartFigure).join("\n")}`;
  const smallNote = `färre än ${formatNumberSv(model.minCount)} visas som "färre än ${formatNumberSv(model.minCount)}"`;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(model.title)}</title>
<meta name="description" content="${e(model.intro)}">
<style>${CSS}${STATUS_CSS}</style>
</head>
<body>
<header>
<p class="kicker">${e(model.pledgeName)}</p>
<h1>${e(model.title)}</h1>
<p class="lead">${e(model.intro)}</p>
</header>
<main>
<section aria-labelledby="i-korthet">
<h2 id="i-korthet">I korthet</h2>
<ul class="summary">
${model.summary.map((s) => `<li>${e(s)}</li>`).join("\n")}
</ul>
</section>
<section aria-labelledby="om-loftet">
<h2 id="om-loftet">Vad är medborgarlöftet?</h2>
${model.about.map((p) => `<p>${e(p)}</p>`).join("\n")}
</section>
<section aria-labelledby="det-har-gjorde-vi">
<h2 id="det-har-gjorde-vi">Det här gjorde vi</h2>
<p>Siffrorna gäller ${e(period)}.</p>
<dl class="figures">
${figures}
</dl>
${measures}
</section>
<section aria-labelledby="sa-gick-det">
<h2 id="sa-gick-det">Så gick det</h2>
<p>Varje indikator jämförs med sitt mål. Ordet och tecknet framför säger hur det gick:</p>
${legend(model.indicators)}
<ul class="status-list">
${model.indicators.map(indicatorItem).join("\n")}
</ul>
${charts}
</section>
<section aria-labelledby="kvinnors-trygghet">
<h2 id="kvinnors-trygghet">Kvinnors trygghet</h2>
<p>Kvinnor känner sig mindre trygga än män, och därför är kvinnors trygghet ett eget fokus i löftet.</p>
${model.womenParticipation ? `<p>${e(model.womenParticipation)}</p>` : ""}
${women}
${womenMeasures}
</section>
<section aria-labelledby="parterna">
<h2 id="parterna">Parterna</h2>
<p>${e(formatNumberSv(model.partnersTotal))} parter står bakom löftet:</p>
<dl class="partners">
${partners}
</dl>
</section>
</main>
<footer>
<p>Skapad ${e(model.created)} · data ${e(model.fingerprint)} · ${e(smallNote)}</p>
${model.notes.map((n) => `<p>${e(n)}</p>`).join("\n")}
<p>Siffrorna bygger på det som parterna har rapporterat i löftets gemensamma register. "Data ${e(model.fingerprint)}" är ett fingeravtryck av underlaget: en sida med samma fingeravtryck bygger på samma siffror.</p>
</footer>
</body>
</html>
`;
}

/** Every status word the page may use, with its symbol: for the docs and tests. */
export const STATUS_LEGEND: readonly { word: string; symbol: string }[] = (Object.keys(STATUS_WORDS_SV) as TargetStatus[]).map((s) => ({
  word: STATUS_WORDS_SV[s],
  symbol: STATUS_SYMBOLS[s],
}));
