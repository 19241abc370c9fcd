/**
 * An error whose message is written for the person: what happened and what to
 * do. The task pane shows it as it is (`src/taskpane/host.ts`); any other error
 * reaches the person as "Något gick fel: …". Use cases and adapters throw
 * subclasses of it for states of the workbook a person can act on. One with a
 * code is rendered from the catalogue of the reader's language
 * (`src/core/messages/errors.ts`); `message` is always the Swedish text (the CLI's).
 */
import type { Language } from "../core/messages/catalogue";
import { errorMessage, type ErrorCode, type ErrorParams } from "../core/messages/errors";

export class ShownError extends Error {
  /** The catalogue's code (null for an error given as its Swedish text); not Office's error code. */
  readonly messageCode: ErrorCode | null;
  readonly messageParams: ErrorParams;

  /** A code and its parameters, or (errors not yet in the catalogue) the Swedish text itself. */
  constructor(message: string | { code: ErrorCode; params?: ErrorParams }) {
    super(typeof message === "string" ? message : errorMessage(message.code, message.params));
    this.name = new.target.name;
    this.messageCode = typeof message === "string" ? null : message.code;
    this.messageParams = typeof message === "string" ? {} : (message.params ?? {});
  }

  /** The text in a language; an error without a code has only its Swedish text. */
  textIn(language: Language): string {
    return this.messageCode === null ? this.message : errorMessage(this.messageCode, this.messageParams, language);
  }
}
