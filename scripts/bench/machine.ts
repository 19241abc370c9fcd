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
  };
}

export const loadNow = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
