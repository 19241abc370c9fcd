/**
 * An error whose message is written for the person: what happened and what to
 * do. The task pane shows it as it is (`src/taskpane/host.ts`); any other error
 * reaches the person as "Något gick fel: …". Use cases, adapters and the
 * command line throw subclasses of it for states a person can act on, each
 * with a code of the catalogue (`src/core/messages/errors.ts`) and its
 * parameters, rendered in the reader's language; `message` is always the
 * Swedish text (the CLI's).
 */
import type { Language } from "../core/messages/catalogue";
import { errorMessage, type ErrorCode, type ShownMessage } from "../core/messages/errors";

export class ShownError extends Error {
  /** The catalogue's code (null for an error given as its Swedish text); not Office's error code. */
  readonly messageCode: ErrorCode | null;
  /** The code with its parameters, as thrown (null for an error given as text). */
  readonly shown: ShownMessage | null;

  /** A code and its parameters; a plain text only for an error whose text came from elsewhere already rendered. */
  constructor(message: string | ShownMessage) {
    super(typeof message === "string" ? message : errorMessage(message));
    this.name = new.target.name;
    this.shown = typeof message === "string" ? null : message;
    this.messageCode = this.shown?.code ?? null;
  }

  /** The text in a language; an error without a code has only its Swedish text. */
  textIn(language: Language): string {
    return this.shown === null ? this.message : errorMessage(this.shown, language);
  }
}
