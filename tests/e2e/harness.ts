/**
 * A very small scenario runner: scenarios run one after another, each with a
 * time limit; a failure is recorded and the next scenario still runs. The
 * summary lists every scenario and the run fails if any did.
 */
export interface ScenarioResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface Scenario<C> {
  name: string;
  run: (ctx: C) => Promise<void>;
}

/** Declares a scenario; the runner decides when it runs. */
export function scenario<C>(name: string, run: (ctx: C) => Promise<void>): Scenario<C> {
  return { name, run };
}

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** The first lines of an error: the message and where in tests/e2e it was thrown. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = (error.stack ?? "")
    .split("\n")
    .filter((l) => l.includes("tests/e2e/"))
    .slice(0, 2);
  return [error.message, ...own.map((l) => `    ${l.trim()}`)].join("\n");
}

/**
 * Runs the scenarios in order. `after` runs after each (closing its pages),
 * told whether it passed: a failed or timed-out one may still be busy with its page.
 */
export async function runScenarios<C>(
  scenarios: readonly Scenario<C>[],
  ctx: C,
  options: { timeoutMs: number; after: (passed: boolean) => Promise<void> },
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const started = Date.now();
    let passed = false;
    try {
      await withTimeout(s.run(ctx), options.timeoutMs, s.name);
      passed = true;
      results.push({ name: s.name, ok: true, ms: Date.now() - started });
      console.log(`  ✓ ${s.name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name: s.name, ok: false, ms: Date.now() - started, error: describe(error) });
      console.log(`  ✗ ${s.name} (${Date.now() - started} ms)\n    ${describe(error)}`);
    } finally {
      await options.after(passed).catch(() => undefined);
    }
  }
  return results;
}

export function printSummary(results: readonly ScenarioResult[], totalMs: number): void {
  const failed = results.filter((r) => !r.ok);
  console.log("");
  console.log(
    `E2E summary: ${results.length - failed.length} passed, ${failed.length} failed, ${results.length} total (${(totalMs / 1000).toFixed(1)} s)`,
  );
  for (const f of failed) console.log(`  FAILED ${f.name}\n    ${f.error ?? ""}`);
  console.log(failed.length === 0 ? "E2E: PASS" : "E2E: FAIL");
}
