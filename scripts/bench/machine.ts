/** The machine the figures were measured on, and how busy it was (the load average counts other work too). */
import os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above the core count, other work competed for the CPU. */
  load_start: number;
  load_end?: number;
  /**
   * CPU ms of one fixed loop (`speedMs`, the same work in every run) when the run started and ended: this 2-core
   * virtual machine runs the same code up to 1.6× slower at some moments than at others, with its load average near
   * zero (issue 16, sixth session: the large core 258–437 ms, one tree, in turn). Higher = a slower moment.
   */
  speed_ms_start: number;
  speed_ms_end?: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory_gb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load_start: Math.round(os.loadavg()[0]! * 100) / 100,
    speed_ms_start: speedMs(),
  };
}

/**
 * The machine's speed at this moment: the median CPU time of 7 runs of a fixed loop that mixes integer arithmetic
 * with reads and writes over a 4 MB array (the core's kind of work, in cache and out of it), in ms.
 */
export function speedMs(): number {
  const cells = new Int32Array(1 << 20);
  const times: number[] = [];
  let x = 2463534242;
  let sink = 0;
  for (let run = 0; run < 7; run++) {
    const start = process.cpuUsage();
    for (let i = 0; i < 3_000_000; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const at = x & 0xfffff;
      sink = (sink + cells[at]!) | 0;
      cells[at] = (cells[at]! + i) | 0;
    }
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  if (sink === 42) times.push(0); // keeps the loop's reads from being optimised away
  times.sort((a, b) => a - b);
  return Math.round(times[3]! * 10) / 10;
}

export const loadNow = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
