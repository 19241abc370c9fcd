/**
 * Where a pane load's time goes, from navigation start to interactive: one CPU profile (Chromium's `Profiler`
 * through the DevTools protocol) and the page's requests of each load, laid on one clock (the protocol's
 * monotonic time; 0 = the page's own request), with the benchmark's load, stub and probe (`pane-tti.ts`).
 *
 *   npx tsx scripts/bench/pane-profile.ts DIST [LOADS] [OUT.cpuprofile]
 *
 * Prints, for the median load (by time to interactive): the requests (sent → answered, ms), the marks (tab list,
 * interactive), the CPU time in windows of 50 ms by file, and the functions with the most self time before
 * interactive. Writes that load's profile to OUT (for DevTools or `profile-summary.ts`) when given.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { launchBenchChromium, load, stubScript, type Browser } from "./pane-tti";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Request {
  url: string;
  sent: number;
  done?: number;
}
interface Recorded {
  tti: number;
  shell: number;
  profile: Profile;
  requests: Request[];
  t0: number;
}

async function profiledLoad(browser: Browser, dist: string, stub: string): Promise<Recorded> {
  let profile: Profile | null = null;
  const requests = new Map<string, Request>();
  let t0 = 0;
  const marks = await load(browser, dist, "taskpane.html", stub, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    cdp.on("Network.requestWillBeSent", (e: { requestId: string; request: { url: string }; timestamp: number; type?: string }) => {
      if (t0 === 0 && e.type === "Document") t0 = e.timestamp * 1000;
      requests.set(e.requestId, { url: e.request.url, sent: e.timestamp * 1000 });
    });
    cdp.on("Network.loadingFinished", (e: { requestId: string; timestamp: number }) => {
      const r = requests.get(e.requestId);
      if (r) r.done = e.timestamp * 1000;
    });
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
    return async () => {
      profile = ((await cdp.send("Profiler.stop")) as unknown as { profile: Profile }).profile;
    };
  });
  return { ...marks, profile: profile!, requests: [...requests.values()], t0 };
}

function fileOf(url: string): string {
  if (!url) return "(vm)";
  return url.split("/").pop()!.replace(/\?.*$/, "") || url;
}

function report(r: Recorded): void {
  const at = (t: number) => Math.round(t - r.t0);
  process.stdout.write(`tab list ${r.shell} ms, interactive ${r.tti} ms (page clock)\n\nrequests (protocol clock):\n`);
  for (const q of r.requests.sort((a, b) => a.sent - b.sent)) {
    process.stdout.write(`  ${String(at(q.sent)).padStart(5)} → ${q.done ? String(at(q.done)).padStart(5) : "    ?"}  ${fileOf(q.url)}\n`);
  }
  const nodes = new Map(r.profile.nodes.map((n) => [n.id, n] as const));
  const windows = new Map<number, Map<string, number>>();
  const self = new Map<string, number>();
  let t = r.profile.startTime / 1000;
  r.profile.samples.forEach((id, k) => {
    t += (r.profile.timeDeltas[k] ?? 0) / 1000;
    const dt = (r.profile.timeDeltas[k + 1] ?? 0) / 1000;
    const f = nodes.get(id)!.callFrame;
    const name = f.functionName === "(idle)" || f.functionName === "(program)" || f.functionName === "(garbage collector)" ? f.functionName : fileOf(f.url);
    const w = Math.floor(at(t) / 50) * 50;
    const m = windows.get(w) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + dt);
    windows.set(w, m);
    if (at(t) <= r.tti && name !== "(idle)") {
      const fn = `${f.functionName || "(anonymous)"} ${fileOf(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(fn, (self.get(fn) ?? 0) + dt);
    }
  });
  process.stdout.write("\nCPU by 50 ms window (ms of samples, idle left out):\n");
  for (const [w, m] of [...windows].sort((a, b) => a[0] - b[0])) {
    if (w > r.tti + 100) break;
    const parts = [...m]
      .filter(([n]) => n !== "(idle)")
      .sort((a, b) => b[1] - a[1])
      .filter(([, ms]) => ms >= 1)
      .map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    process.stdout.write(`  ${String(w).padStart(5)}  idle ${(m.get("(idle)") ?? 0).toFixed(0).padStart(3)}  ${parts.join(", ")}\n`);
  }
  const byFile = new Map<string, number>();
  for (const [w, m] of windows) if (w < r.tti) for (const [n, ms] of m) byFile.set(n, (byFile.get(n) ?? 0) + ms);
  process.stdout.write("\nsampled time before interactive by file:\n");
  for (const [n, ms] of [...byFile].sort((a, b) => b[1] - a[1])) if (ms >= 1) process.stdout.write(`  ${ms.toFixed(0).padStart(6)}  ${n}\n`);
  process.stdout.write("\nself time before interactive, largest first:\n");
  for (const [fn, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    process.stdout.write(`  ${ms.toFixed(1).padStart(7)}  ${fn}\n`);
  }
}

async function main(): Promise<void> {
  const [dist, loadsArg = "5", out] = process.argv.slice(2);
  if (!dist) {
    process.stderr.write("usage: pane-profile.ts DIST [LOADS] [OUT.cpuprofile]\n");
    process.exit(2);
  }
  const stub = await stubScript();
  const browser = await launchBenchChromium();
  const runs: Recorded[] = [];
  try {
    await load(browser, path.resolve(dist), "taskpane.html", stub); // warm-up
    for (let i = 0; i < Number(loadsArg); i++) runs.push(await profiledLoad(browser, path.resolve(dist), stub));
  } finally {
    await browser.close();
  }
  runs.sort((a, b) => a.tti - b.tti);
  process.stdout.write(`interactive: ${runs.map((r) => r.tti).join(", ")} ms\n`);
  const mid = runs[Math.floor(runs.length / 2)]!;
  report(mid);
  if (out) writeFileSync(out, JSON.stringify(mid.profile));
}

void main();
