/** Output and user-fixable failures of the command line. Files are written by `safe-output.ts`. */
import { ShownError } from "../app/shown-error";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: Date;
}

/** A problem the user can fix (a file that cannot be written, a missing pledge…): one line, exit 2, a code of the catalogue. */
export class CliError extends ShownError {}

/**
 * How every command runs: its parsed arguments and the output in, the exit code out.
 * Each command's module exports one (see COMMANDS in run.ts).
 */
export type CommandRunner<C> = (cmd: C, io: Io) => Promise<number>;
