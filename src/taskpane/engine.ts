/**
 * The register engine as the pane uses it: reading and checking (zod row
 * schemas, every check, the message catalogues) and the use cases that create
 * a register. It loads as its own chunk while the pane draws its first view
 * (see `host.ts`), so the pane's initial JavaScript stays small.
 */
export { runCheck } from "../app/check";
export { checkTab } from "../app/check-tab";
export { addPartnerTabs, createRegister, NotEmptyError } from "../app/register";
export { translateFindings } from "../core/messages/catalogue";
export { startFacts } from "./start-facts";
