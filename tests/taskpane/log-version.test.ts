/** The pane's line for a version in the report log: the count of rows left out agrees with its number. */
import type { LogEntry } from "../../src/core/report/log/read-log";
import { sv } from "../../src/taskpane/strings";

const entry = (excluded: number): LogEntry => ({
  created: null,
  sheet: "Rapport T2 2025",
  period: "T2 2025",
  data: "abc123",
  rows: 10,
  excluded,
  tabs: [],
  scope: null,
});

describe("the report log's line in the pane", () => {
  it("says 1 utelämnad, 7 utelämnade", () => {
    expect(sv.logVersion(entry(1))).toMatch(/ · 1 utelämnad$/);
    expect(sv.logVersion(entry(7))).toMatch(/ · 7 utelämnade$/);
  });
});
