/**
 * The harness's own share of the pane's time to interactive (issue 16): one build of the pane, and the probe,
 * loaded in turn under the harness as it was and as it is, so the lead can see what changed in the measuring
 * and what in the pane. Variants:
 *
 *   before       every file through Playwright's request routing, the stand-in and the strict fake as they were at
 *                BEFORE (default dac674d, the harness until the fourth session of 3 December 2026: the fake
 *                counting the bytes of every request and response, and its slower reads);
 *   route        the same routing, today's stand-in (its fake not counting bytes, `countBytes: false`);
 *   server-plain the bench's local HTTPS server (HTTP/2), today's stand-in, files sent as they are;
 *   server fake-before  the same, files gzipped, the stand-in and the strict fake as at BEFORE (with
 *                PANE_HARNESS_BEFORE=82eab88: the fake before the fifth session of 3 December 2026 made its reads cheaper);
 *   server       the same, today's stand-in: the harness now.
 *
 *   [PANE_HARNESS_BEFORE=COMMIT] npx tsx scripts/bench/pane-harness.ts LOADS DIST [PROBE_DIST]
 *
 * Prints, for each variant, the medians of wall time (tab list, interactive, first check done) and of the main
 * thread's CPU time up to them (the trace, as `pane-cpu.ts`); the probe under `route` and `server`.
 */
import path from "node:path";
import { median } from "./measure";
import { cpuBeforeMarks, type CpuMarks } from "./pane-cpu";
import { launchBenchChromium, load, stubScript, type Browser, type Serve } from "./pane-tti";

interface Variant {
  name: string;
  dist: string;
  page: string;
  stub: string | null;
  serve: Serve;
}

async function traced(browser: Browser, v: Variant): Promise<CpuMarks> {
  let cpu: CpuMarks["cpu"] | null = null;
  const wall = await load(
    browser,
    v.dist,
    v.page,
    v.stub,
    async (tab) => {
      await browser.startTracing(tab, { categories: ["toplevel", "blink.user_timing", "__metadata"] });
      return async () => {
        const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: Parameters<typeof cpuBeforeMarks>[0] };
        cpu = cpuBeforeMarks(trace.traceEvents);
      };
    },
    v.serve,
  );
  return { wall, cpu: cpu! };
}

async function main(): Promise<void> {
  const [loadsArg, distArg, probeArg] = process.argv.slice(2);
  const loads = Number(loadsArg);
  if (!Number.isInteger(loads) || loads < 1 || !distArg) {
    process.stderr.write("usage: pane-harness.ts LOADS DIST [PROBE_DIST]\n");
    process.exit(2);
  }
  const dist = path.resolve(distArg);
  const stub = await stubScript();
  const before = await stubScript(process.env.PANE_HARNESS_BEFORE ?? "dac674d");
  const variants: Variant[] = [
    { name: "pane before", dist, page: "taskpane.html", stub: before, serve: "route" },
    { name: "pane route", dist, page: "taskpane.html", stub, serve: "route" },
    { name: "pane server-plain", dist, page: "taskpane.html", stub, serve: "server-plain" },
    { name: "pane server fake-before", dist, page: "taskpane.html", stub: before, serve: "server" },
    { name: "pane server", dist, page: "taskpane.html", stub, serve: "server" },
    ...(probeArg
      ? (["route", "server-plain", "server"] as const).map((serve) => ({ name: `probe ${serve}`, dist: path.resolve(probeArg), page: "probe.html", stub: null, serve }))
      : []),
  ];
  const browser = await launchBenchChromium();
  const results = new Map<string, CpuMarks[]>(variants.map((v) => [v.name, []]));
  try {
    for (const v of variants) await traced(browser, v); // warm-up
    for (let i = 0; i < loads; i++) for (const v of variants) results.get(v.name)!.push(await traced(browser, v));
  } finally {
    await browser.close();
  }
  const m = (xs: number[]) => Math.round(median(xs));
  for (const [name, r] of results) {
    process.stdout.write(
      `${name.padEnd(24)} wall tab list ${m(r.map((x) => x.wall.shell))}, tti ${m(r.map((x) => x.wall.tti))}, checked ${m(r.map((x) => x.wall.checked))} ms` +
        ` (tti ${r.map((x) => x.wall.tti).join(", ")}); main-thread CPU tab list ${m(r.map((x) => x.cpu.shell))}, tti ${m(r.map((x) => x.cpu.tti))},` +
        ` checked ${m(r.map((x) => x.cpu.checked))} ms\n`,
    );
  }
}

void main();
