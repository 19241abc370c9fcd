/**
 * The pane's picture of the workbook: the latest full check (pledge, partners,
 * findings) and when it ran, with the partner tabs re-checked since laid over
 * it (`pane-findings.ts`). Start, Kontroll, the partner view, Indikatorer and
 * Rapport all read this one picture, so none of them shows findings another
 * has seen fixed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { CheckResult } from "../core/check-register";
import type { Finding } from "../core/findings";
import type { PaneHost } from "./host";
import type { StartFacts } from "./start-facts";
import { acceptCheck, acceptTab, findingsOfTab, NO_FINDINGS, type PaneFindings } from "./pane-findings";
import { useTask, type Task } from "./use-task";

export interface Overview {
  check: CheckResult | null;
  /**
   * What Start shows of the workbook from the first read, before its check is done (issue 16): the pledge, and
   * whether it is a register. Null until that read is in; once `check` is there, Start goes by the check.
   */
  facts: StartFacts | null;
  checkedAt: Date | null;
  task: Task;
  /** Runs the whole check again. */
  refresh(): Promise<void>;
  /** A stamp to take just before a read whose findings will be accepted: a later read wins over an earlier one. */
  stamp(): number;
  /** Takes a whole check made elsewhere (writing Kontroll or a report checks the whole workbook too). */
  accept(check: CheckResult, stamp: number): void;
  /** Takes the findings of one partner tab, re-checked on its own. */
  acceptTab(tab: string, findings: Finding[], stamp: number): void;
  /** The findings on one tab as the pane knows them; null before any check. */
  findingsOf(tab: string): Finding[] | null;
}

export function useOverview(host: PaneHost): Overview {
  const [findings, setFindings] = useState<PaneFindings>(NO_FINDINGS);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [facts, setFacts] = useState<StartFacts | null>(null);
  const task = useTask(host.strings);
  const stamps = useRef(0);
  const latestCheck = useRef(0);
  const stamp = useCallback(() => ++stamps.current, []);
  const accept = useCallback(
    (result: CheckResult, at: number) => {
      if (at < latestCheck.current) return;
      latestCheck.current = at;
      setFindings((state) => acceptCheck(state, result, at));
      setCheckedAt(host.now());
    },
    [host],
  );
  const acceptTabFindings = useCallback((tab: string, shown: Finding[], at: number) => {
    setFindings((state) => acceptTab(state, tab, shown, at));
  }, []);
  const run = task.run;
  const refresh = useCallback(async () => {
    const at = stamp();
    // The facts of a read that a later one has overtaken are not shown.
    const result = await run(() =>
      host.check((read) => {
        if (at < latestCheck.current) return;
        // Drawn at once, in the task the read came in: a render left to React's scheduler waited behind the tasks
        // of Start's Fluent chunks arriving and their own redraws (issue 16, docs/performance.md).
        flushSync(() => setFacts(read));
        // The check's own work would hold the page until it is done: let Start draw the pledge first.
        return afterPaint();
      }),
    );
    if (result) accept(result, at);
  }, [host, run, accept, stamp]);
  const findingsOf = useCallback((tab: string) => findingsOfTab(findings, tab), [findings]);

  useEffect(() => {
    void refresh();
    // Once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { check: findings.check, facts, checkedAt, task, refresh, stamp, accept, acceptTab: acceptTabFindings, findingsOf };
}

/**
 * Resolves once the browser has drawn what React has committed by then: the frame after the next one begins (a
 * timer set in an animation frame runs after that frame's paint), or after 100 ms when no frame comes (a hidden
 * pane draws none); at once without a browser (tests).
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** True when none of the register's own sheets is there: an empty or unrelated workbook. */
export function isNotRegister(check: CheckResult | null): boolean {
  if (!check) return false;
  const missing = check.findings.filter((f) => f.code === "missing-sheet").length;
  return missing >= 4;
}

/**
 * "14:32": the time of day as both languages write it in the pane, 24-hour "HH:MM" (what `toLocaleTimeString` gives for
 * sv-SE and en-GB with 2-digit hour and minute; tests/taskpane/clock-time.test.ts holds it to that), written
 * without Intl: a page's first Intl call loads the locale's data, about 50 ms in headless Chromium, and Start's
 * "Senaste kontroll" is on the path to interactive (issue 16).
 */
export function clockTime(d: Date, _language: "sv" | "en"): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}
