/**
 * Entry of the `pledge` command: wires the xlsx adapter and the in-memory port
 * to the use cases. Exit 0 without errors, 1 with errors, 2 when unreadable.
 */
import { errorMessage } from "../core/messages/errors";
import { runCli } from "./run";

runCli(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), now: new Date() }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A programming error: one line, no stack trace for the user; details with PLEDGE_DEBUG=1.
    process.stderr.write(
      `${errorMessage({ code: "cli-unexpected", params: { detail: err instanceof Error ? err.message : String(err) } })}\n`,
    );
    if (process.env.PLEDGE_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ""}\n`);
    process.exitCode = 2;
  },
);
