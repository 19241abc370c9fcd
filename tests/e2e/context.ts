/** What every scenario gets: the browser, the server's origin, the recorders and the core's expectations. */
import type { Browsers, Watch } from "./browser";
import type { Expected } from "./expected";
import type { Scenario } from "./harness";

export interface E2E {
  browsers: Browsers;
  expected: Expected;
  watch: Watch;
  origin: string;
  /** Folder of the built preview (its HTML files are checked for their CSP). */
  previewDir: string;
}

export type E2EScenario = Scenario<E2E>;
