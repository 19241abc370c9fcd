/**
 * The main thread's CPU time of each script's evaluation before the pane is interactive, for stand-ins of office.js
 * taken in turn on one build (issue 16, the harness's share told apart from the pane's). A Chromium trace of each
 * load: the thread time (`tdur`) of every `EvaluateScript` before the probe's `probe-tti` mark, summed by file, and
 * the whole main thread's CPU to interactive (as `pane-cpu.ts`). The Office.js adapter's chunk is where the first
 * workbook read runs (its import resolves in that evaluation's microtasks: the strict fake's work, Excel's in
 * Excel, and the adapter's); office.js is the stand-in itself (the fake's workbook made from the register).
 *
 *   npx tsx scripts/bench/pane-blocks.ts LOADS DIST [BEFORE_COMMIT]
 *
 * Variants: `fake-before` (the stand-in and the strict fake as at BEFORE_COMMIT, default 82eab88), `now` (today's),
 * `json` (today's, the register's grids as a JSON string parsed as the stand-in runs instead of an object literal).
 * Prints the medians of each file's evaluation that takes a millisecond or more.
 */
import path from "node:path";
import { median } from "./measure";
import { cpuBeforeMarks, type TraceEvent } from "./pane-cpu";
import { launchBenchChromium, load, stubScript } from "./pane-tti";

/** `taskpane.263aa42e.js` → `taskpane`, `422.1e97562b.js` → `422`. */
const fileOf = (url: string): string => (url.split("/").pop() ?? url).replace(/\.[0-9a-f]{8}\.js$/, "");

/** Main-thread CPU ms of each script's evaluation before interactive, by file, and the main thread's CPU to it. */
export function evaluationsBeforeTti(events: TraceEvent[]): { byFile: Map<string, number>; cpu: number } {
  const tti = events.find((e) => e.name === "probe-tti");
  if (!tti) throw new Error("no probe-tti mark in the trace");
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === tti.pid && e.args?.name === "CrRendererMain");
  const byFile = new Map<string, number>();
  for (const e of events) {
    if (e.name !== "EvaluateScript" || e.pid !== tti.pid || e.tid !== (main?.tid ?? tti.tid) || e.ts > tti.ts) continue;
    const file = fileOf(String(e.args?.data?.url ?? ""));
    byFile.set(file, (byFile.get(file) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return { byFile, cpu: cpuBeforeMarks(events).tti };
}

async function main(): Promise<void> {
  const [loadsArg, distArg, before = "82eab88"] = process.argv.slice(2);
  const loads = Number(loadsArg);
  if (!Number.isInteger(loads) || loads < 1 || !distArg) {
    process.stderr.write("usage: pane-blocks.ts LOADS DIST [BEFORE_COMMIT]\n");
    process.exit(2);
  }
  const dist = path.resolve(distArg);
  const stubs: [string, string][] = [
    ["fake-before", await stubScript(before)],
    ["now", await stubScript()],
    ["json", await stubScript(undefined, "json")],
  ];
  const browser = await launchBenchChromium();
  const results = new Map<string, { byFile: Map<string, number>; cpu: number }[]>(stubs.map(([name]) => [name, []]));
  try {
    for (const [, stub] of stubs) await load(browser, dist, "taskpane.html", stub); // warm-up
    for (let i = 0; i < loads; i++) {
      for (const [name, stub] of stubs) {
        let events: TraceEvent[] = [];
        await load(browser, dist, "taskpane.html", stub, async (tab) => {
          await browser.startTracing(tab, { categories: ["devtools.timeline", "toplevel", "blink.user_timing", "__metadata"] });
          return async () => {
            events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
          };
        });
        results.get(name)!.push(evaluationsBeforeTti(events));
      }
    }
  } finally {
    await browser.close();
  }
  for (const [name, runs] of results) {
    const files = [...new Set(runs.flatMap((r) => [...r.byFile.keys()]))];
    const parts = files
      .map((f) => [f, median(runs.map((r) => r.byFile.get(f) ?? 0))] as const)
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([f, ms]) => `${f} ${ms.toFixed(1)}`);
    process.stdout.write(`${name.padEnd(12)} main-thread CPU to tti ${median(runs.map((r) => r.cpu)).toFixed(0)} ms; evaluations: ${parts.join(", ")}\n`);
  }
}

if (require.main === module) void main();
