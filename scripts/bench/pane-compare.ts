/**
 * Time to interactive of two or more builds of the pane, loaded in turn in one Chromium (so each sees the same
 * moments of a noisy machine), with the benchmark's own load, stub and probe (`pane-tti.ts`): for judging a
 * change to the pane's start against the build before it (issue 16), as the team's rule asks (old and new
 * interleaved).
 *
 *   npx tsx scripts/bench/pane-compare.ts LOADS DIST [DIST ...]
 *
 * Each DIST is a production build holding taskpane.html (the benchmark's out/bench-dist, or a copy of it made
 * before the change). Prints each build's median time to interactive and tab-list time, and every load.
 */
import path from "node:path";
import { median } from "./measure";
import { launchBenchChromium, load, loadsAndDists, stubScript, type Marks } from "./pane-tti";

async function main(): Promise<void> {
  const { loads, folders } = loadsAndDists("pane-compare.ts", process.argv.slice(2));
  const stub = await stubScript();
  const browser = await launchBenchChromium();
  const marks = new Map<string, Marks[]>(folders.map((f) => [f, []]));
  try {
    for (const f of folders) await load(browser, f, "taskpane.html", stub); // warm-up
    for (let i = 0; i < loads; i++) for (const f of folders) marks.get(f)!.push(await load(browser, f, "taskpane.html", stub));
  } finally {
    await browser.close();
  }
  for (const [f, m] of marks) {
    const tti = m.map((x) => x.tti);
    process.stdout.write(
      `${path.relative(process.cwd(), f)}: tti median ${Math.round(median(tti))} ms (${tti.join(", ")}), tab list ${Math.round(median(m.map((x) => x.shell)))} ms, first check done ${Math.round(median(m.map((x) => x.checked)))} ms\n`,
    );
  }
}

void main();
