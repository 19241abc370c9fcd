/**
 * Self time per function of a CPU profile (`.cpuprofile`, as `node --cpu-prof`
 * or `CPU_PROFILE=FILE profile-core.ts` writes it), largest first:
 * `npx tsx scripts/bench/profile-summary.ts FILE [lines]`. Functions are named
 * with their file and line, so a bundle's functions can be found in it.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, lines = "40"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: profile-summary.ts FILE [lines]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n] as const));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const name = `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}:${lineNumber + 1}`;
  // A sample's delta is the time since the one before it, in microseconds.
  const dt = (profile.timeDeltas[k] ?? 0) / 1000;
  self.set(name, (self.get(name) ?? 0) + dt);
  total += dt;
});
process.stdout.write(`total ${total.toFixed(0)} ms\n`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(lines))) {
  process.stdout.write(`${ms.toFixed(1).padStart(8)} ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}\n`);
}
