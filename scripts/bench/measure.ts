/** Timing helpers: wall-clock and process CPU time, and medians over runs after a warm-up. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds with one decimal: enough for figures that vary by more between runs. */
export const ms = (x: number): number => Math.round(x * 10) / 10;

export interface Timed<T> {
  value: T;
  wallMs: number;
  /** User + system CPU of the whole process (GC threads included). */
  cpuMs: number;
}

export function timed<T>(work: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Progress for people watching; stdout stays for the result. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
