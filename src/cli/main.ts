/**
 * Entry of the `pledge` command: wires the xlsx adapter and the in-memory port
 * to the use cases. Exit 0 without errors, 1 with errors, 2 when unreadable.
 * A reader that closes the output early (`| head -1`) ends nothing: the rest of
 * the output is dropped quietly and the exit code is the command's own (process-io.ts).
 */
import { errorMessage } from "../core/messages/errors";
import { processIo } from "./process-io";
import { runCli } from "./run";

const io = processIo(process.stdout, process.stderr, new Date());
// A failed write to stdout can be reported after the command has ended: decided at exit.
process.on("exit", () => {
  if (io.failed()) process.exitCode = 2;
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A programming error: one line, no stack trace for the user; details with PLEDGE_DEBUG=1.
    io.stderr(`${errorMessage({ code: "cli-unexpected", params: { detail: err instanceof Error ? err.message : String(err) } })}\n`);
    if (process.env.PLEDGE_DEBUG) io.stderr(`${(err as Error)?.stack ?? ""}\n`);
    process.exitCode = 2;
  },
);
