/** The benchmark's figures as a table for people (`npm run bench` without --json). */
import type { BenchResult } from "./run";

const fmt = (n: number | undefined | null): string => (n === undefined || n === null ? "–" : n.toLocaleString("sv-SE"));
const row = (label: string, ...cells: string[]) => `${label.padEnd(34)}${cells.map((c) => c.padStart(14)).join("")}`;

export function table(result: BenchResult): string {
  const sizes = (["small", "large"] as const).filter((s) => result[s]);
  const lines: string[] = [];
  const get = <T>(f: (s: NonNullable<BenchResult["small"]>) => T) => sizes.map((s) => f(result[s]!));
  lines.push(row("", ...sizes));
  lines.push(row("tabs × activity rows", ...get((s) => `${s.tabs} × ${s.rows_per_tab}`)));
  lines.push(row("data rows", ...get((s) => fmt(s.rows))));
  lines.push(row("findings (error/warning/info)", ...get((s) => `${s.findings.error}/${s.findings.warning}/${s.findings.info}`)));
  lines.push("", "core, median ms");
  for (const k of ["read_check", "trends", "report_plan", "total"] as const) lines.push(row(`  ${k}`, ...get((s) => fmt(s.core_ms[k]))));
  lines.push(row("  total, process CPU ms", ...get((s) => fmt(s.core_cpu_ms.total))));
  if (sizes.some((s) => result[s]!.syncs)) {
    lines.push("", "round trips (syncs + chunks forced by 5 MB)");
    for (const k of Object.keys(result[sizes[0]!]!.syncs ?? {})) {
      lines.push(
        row(`  ${k}`, ...get((s) => `${s.syncs?.[k as never] ?? "–"}${s.chunks?.[k as never] ? ` + ${s.chunks[k as never]}` : ""}`)),
      );
    }
    lines.push(row("  largest request, bytes", ...get((s) => fmt(s.request_bytes?.max))));
    lines.push(row("  largest response, bytes", ...get((s) => fmt(s.response_bytes?.max))));
  }
  if (sizes.some((s) => result[s]!.xlsx_ms)) {
    lines.push("", "xlsx path, median ms");
    for (const k of ["read", "check", "report_render", "total"] as const) lines.push(row(`  ${k}`, ...get((s) => fmt(s.xlsx_ms?.[k]))));
  }
  for (const s of sizes) {
    for (const [k, why] of Object.entries(result[s]!.chunk_arithmetic ?? {})) lines.push("", `${s}, ${k}: ${why}`);
  }
  if (result.cli) {
    lines.push("", "pledge check (bundle, start-up included) against the SheetJS read floor, median ms");
    for (const [name, r] of Object.entries(result.cli))
      lines.push(
        `  ${name}: ${r.sheets} sheets, ${fmt(r.tabs * r.rows_per_tab)} activity rows, ${fmt(r.file_bytes)} bytes: check ${fmt(r.check_ms)}, floor ${fmt(r.floor_ms)}, ratio ${r.ratio}`,
      );
  }
  if (result.bundle) {
    const b = result.bundle;
    lines.push(
      "",
      `task pane's initial JS: ${fmt(b.js_bytes)} bytes, ${fmt(b.js_gzip_bytes)} gzipped (template ${fmt(b.template_gzip_bytes)}); ${b.lazy.length} chunks on demand`,
    );
  }
  if (result.pane)
    lines.push(
      `time to interactive: ${fmt(result.pane.tti_ms)} ms` +
        (result.pane.checked_ms !== undefined
          ? ` (the pledge shown; the whole first check done at ${fmt(result.pane.checked_ms)} ms)`
          : "") +
        ` (${result.pane.source}${result.pane.reason ? `; ${result.pane.reason}` : ""})`,
    );
  if (result.probe)
    lines.push(
      `minimal React + Fluent probe: ${fmt(result.probe.initial_js_gz)} bytes gzipped, time to interactive ${fmt(result.probe.tti_ms)} ms; pane / probe: JS ${result.ratio?.initial_js_gz ?? "–"}, TTI ${result.ratio?.tti ?? "–"}`,
    );
  lines.push("", "targets");
  for (const [k, t] of Object.entries(result.targets))
    lines.push(`  ${t.met === null ? "?" : t.met ? "met   " : "NOT met"} ${k}: ${t.detail}`);
  const m = result.machine;
  lines.push(
    "",
    `${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}, ${m.os}; load ${m.load_start} → ${m.load_end ?? "?"}; speed ${m.speed_ms_start} → ${m.speed_ms_end ?? "?"} ms (the fixed loop's CPU time; higher = slower)`,
  );
  return lines.join("\n");
}
