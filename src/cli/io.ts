/** Output and user-fixable failures of the command line. Files are written by `safe-output.ts`. */

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: Date;
}

/** A problem the user can fix (a file that cannot be written, a missing pledge…): one line, exit 2. */
export class CliError extends Error {}
