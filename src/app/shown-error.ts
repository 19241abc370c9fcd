/**
 * An error whose message is written for the person: what happened and what to
 * do, in Swedish. The task pane shows it as it is (`src/taskpane/host.ts`);
 * any other error reaches the person as "Något gick fel: …". Use cases and
 * adapters throw subclasses of it for states of the workbook a person can act on.
 */
export class ShownError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
