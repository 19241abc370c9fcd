/**
 * The main thread's CPU time of a pane load up to interactive, from a Chromium trace: the thread time (`tdur`) of
 * every task the page's renderer main thread ran before the probe's marks (`tti-probe.ts`: `probe-shell`,
 * `probe-tti`, `probe-checked`). Wall time on this shared machine follows the load of the other programs (±30 %
 * from one load to the next at load 10); the main thread's CPU time much less, so changes to the pane's start
 * are judged by it (the team's rule: compare CPU time, old and new interleaved). Builds are loaded in turn.
 *
 *   npx tsx scripts/bench/pane-cpu.ts LOADS DIST [DIST ...]
 *
 * A DIST without taskpane.html is taken as the minimal React + Fluent probe (out/bench-probe: probe.html, no office.js).
 *
 * Prints for each build the medians of wall time and of main-thread CPU time to the tab list, to interactive and
 * to the whole first check. Not counted: office.js's and the page's requests answered in Node (the harness), the
 * compositor and other threads.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { median } from "./measure";
import { launchBenchChromium, load, loadsAndDists, stubScript } from "./pane-tti";

/** A Chromium trace event, as far as the pane benchmarks read it (`pane-cpu.ts`, `pane-blocks.ts`). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface CpuMarks {
  wall: { shell: number; tti: number; checked: number };
  cpu: { shell: number; tti: number; checked: number };
}

const TASKS = new Set(["ThreadControllerImpl::RunTask", "RunTask"]);

/** Main-thread CPU ms before each probe mark, from one trace. */
export function cpuBeforeMarks(events: TraceEvent[]): { shell: number; tti: number; checked: number } {
  const marks = new Map<string, TraceEvent>();
  for (const e of events) if (e.name.startsWith("probe-") && !marks.has(e.name)) marks.set(e.name, e);
  const tti = marks.get("probe-tti");
  if (!tti) throw new Error("no probe-tti mark in the trace");
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === tti.pid && e.args?.name === "CrRendererMain");
  const tid = main?.tid ?? tti.tid;
  // Top-level tasks only: one name, nested tasks of the same name left out by keeping those not inside another.
  const tasks = events
    .filter((e) => e.pid === tti.pid && e.tid === tid && e.ph === "X" && TASKS.has(e.name) && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    top.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  const before = (mark: TraceEvent | undefined) => {
    if (!mark) return NaN;
    let ms = 0;
    for (const t of top) {
      if (t.ts >= mark.ts) break;
      // A task that holds the mark counts in part, by the share of its wall time before it.
      const share = t.ts + (t.dur ?? 0) > mark.ts && t.dur ? (mark.ts - t.ts) / t.dur : 1;
      ms += (t.tdur! * share) / 1000;
    }
    return ms;
  };
  return { shell: before(marks.get("probe-shell")), tti: before(tti), checked: before(marks.get("probe-checked") ?? tti) };
}

async function main(): Promise<void> {
  const { loads, folders } = loadsAndDists("pane-cpu.ts", process.argv.slice(2));
  const stub = await stubScript();
  const browser = await launchBenchChromium();
  const results = new Map<string, CpuMarks[]>(folders.map((f) => [f, []]));
  try {
    const page = (f: string) => (existsSync(path.join(f, "taskpane.html")) ? "taskpane.html" : "probe.html");
    const stubOf = (f: string) => (page(f) === "taskpane.html" ? stub : null);
    for (const f of folders) await load(browser, f, page(f), stubOf(f)); // warm-up
    for (let i = 0; i < loads; i++) {
      for (const f of folders) {
        let cpu: CpuMarks["cpu"] | null = null;
        const wall = await load(browser, f, page(f), stubOf(f), async (tab) => {
          await browser.startTracing(tab, { categories: ["toplevel", "blink.user_timing", "__metadata"] });
          return async () => {
            const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
            cpu = cpuBeforeMarks(trace.traceEvents);
          };
        });
        results.get(f)!.push({ wall, cpu: cpu! });
      }
    }
  } finally {
    await browser.close();
  }
  const m = (xs: number[]) => Math.round(median(xs));
  for (const [f, r] of results) {
    process.stdout.write(
      `${path.relative(process.cwd(), f)}: wall tab list ${m(r.map((x) => x.wall.shell))}, tti ${m(r.map((x) => x.wall.tti))}, checked ${m(r.map((x) => x.wall.checked))} ms; ` +
        `main-thread CPU tab list ${m(r.map((x) => x.cpu.shell))}, tti ${m(r.map((x) => x.cpu.tti))}, checked ${m(r.map((x) => x.cpu.checked))} ms ` +
        `(cpu tti ${r.map((x) => Math.round(x.cpu.tti)).join(", ")})\n`,
    );
  }
}

if (require.main === module) void main();
