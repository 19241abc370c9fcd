/**
 * The process's own output for the commands (main.ts). A reader that stops early
 * (`pledge check FILE | head -1`) closes the pipe: the next write fails with EPIPE, which
 * node raises as an unhandled 'error' event, a stack trace. Here a closed output is
 * closed for good: later writes to it are dropped, nothing is said, and the command runs
 * to its end and exits with its own code (0, 1 or 2), as if the output had been read.
 * Another failure of stdout (a full disk under `> FILE`) is said in one Swedish line on
 * stderr (the file-system texts of cli-texts.ts, never the code), and the exit code is 2.
 */
import { errorMessage } from "../core/messages/errors";
import { fsCode, writeProblem } from "./cli-texts";
import type { Io } from "./io";

/** The part of a stream this needs (process.stdout and process.stderr, or a test's). */
export interface OutStream {
  write: (s: string) => unknown;
  on: (event: "error", listener: (err: Error & { code?: string }) => void) => unknown;
}

export interface ProcessIo extends Io {
  /** True when a stream failed in another way than a closed reader: the exit code is then 2. */
  failed: () => boolean;
}

export function processIo(stdout: OutStream, stderr: OutStream, now: Date): ProcessIo {
  let outOpen = true;
  let errOpen = true;
  let failed = false;
  const say = (err: Error & { code?: string }) => {
    if (err.code === "EPIPE") return;
    failed = true;
    if (errOpen) stderr.write(`${errorMessage(writeProblem(fsCode(err), "stdout", "."))}\n`);
  };
  stdout.on("error", (err) => {
    outOpen = false;
    say(err);
  });
  stderr.on("error", (err) => {
    errOpen = false;
    if (err.code !== "EPIPE") failed = true;
  });
  return {
    stdout: (s) => {
      if (outOpen) stdout.write(s);
    },
    stderr: (s) => {
      if (errOpen) stderr.write(s);
    },
    now,
    failed: () => failed,
  };
}
