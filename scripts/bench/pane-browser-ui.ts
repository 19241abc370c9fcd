/**
 * The browser's own pages and the pane's time to interactive (issue 16, sixth session of 3 December 2026): one build
 * of the pane, and the probe, loaded in turn in two browsers, one launched with HEADLESS_FLAGS as the benchmark now
 * launches it (no omnibox pages) and one with `PANE_BENCH_BROWSER_UI=1` (as the harness was before: Chromium's
 * omnibox drop-down loads as two WebUI pages with every new context, in a renderer of its own).
 *
 *   npx tsx scripts/bench/pane-browser-ui.ts LOADS DIST [PROBE_DIST]
 *
 * Prints, for each browser, the pages of its own it had open during its warm-up load (`browserUiPages`) and the
 * medians of wall time to the tab list, to interactive and to the whole first check. Two browsers are open at once,
 * so each load also runs beside the other browser's idle processes: the benchmark itself (one browser) gives lower
 * figures.
 */
import path from "node:path";
import { browserUiPages } from "../../tests/e2e/chromium";
import { median } from "./measure";
import { launchBenchChromium, load, stubScript, type Browser, type Marks } from "./pane-tti";

interface Item {
  name: string;
  browser: Browser;
  dist: string;
  page: string;
  stub: string | null;
}

async function launch(withBrowserUi: boolean): Promise<Browser> {
  const saved = process.env.PANE_BENCH_BROWSER_UI;
  process.env.PANE_BENCH_BROWSER_UI = withBrowserUi ? "1" : "0";
  try {
    return await launchBenchChromium();
  } finally {
    if (saved === undefined) delete process.env.PANE_BENCH_BROWSER_UI;
    else process.env.PANE_BENCH_BROWSER_UI = saved;
  }
}

async function main(): Promise<void> {
  const [loadsArg, distArg, probeArg] = process.argv.slice(2);
  const loads = Number(loadsArg);
  if (!Number.isInteger(loads) || loads < 1 || !distArg) {
    process.stderr.write("usage: pane-browser-ui.ts LOADS DIST [PROBE_DIST]\n");
    process.exit(2);
  }
  const stub = await stubScript();
  const browsers = { "with the browser's pages": await launch(true), "without them (now)": await launch(false) };
  const items: Item[] = [];
  for (const [label, browser] of Object.entries(browsers)) {
    items.push({ name: `pane, ${label}`, browser, dist: path.resolve(distArg), page: "taskpane.html", stub });
    if (probeArg) items.push({ name: `probe, ${label}`, browser, dist: path.resolve(probeArg), page: "probe.html", stub: null });
  }
  const results = new Map<string, Marks[]>(items.map((i) => [i.name, []]));
  try {
    for (const [label, browser] of Object.entries(browsers)) {
      let pages: string[] = [];
      await load(browser, path.resolve(distArg), "taskpane.html", stub, async () => async () => {
        pages = await browserUiPages(browser);
      });
      process.stdout.write(`${label}: the browser's own pages during a load: ${pages.length ? pages.join(", ") : "none"}\n`);
    }
    for (const i of items) if (i.page === "probe.html") await load(i.browser, i.dist, i.page, i.stub); // warm-up
    for (let k = 0; k < loads; k++) for (const i of items) results.get(i.name)!.push(await load(i.browser, i.dist, i.page, i.stub));
  } finally {
    for (const b of Object.values(browsers)) await b.close();
  }
  const m = (xs: number[]) => Math.round(median(xs));
  for (const [name, r] of results) {
    process.stdout.write(
      `${name.padEnd(36)} tab list ${m(r.map((x) => x.shell))}, tti ${m(r.map((x) => x.tti))}, checked ${m(r.map((x) => x.checked))} ms` +
        ` (tti ${r.map((x) => x.tti).join(", ")})\n`,
    );
  }
}

void main();
