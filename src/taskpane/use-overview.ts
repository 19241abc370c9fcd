/**
 * The pane's picture of the workbook: the latest full check (pledge, partners,
 * findings) and when it ran. Start, Kontroll, Indikatorer and Rapport share it.
 */
import { useCallback, useEffect, useState } from "react";
import type { CheckResult } from "../core/check-register";
import type { PaneHost } from "./host";
import { useTask, type Task } from "./use-task";

export interface Overview {
  check: CheckResult | null;
  checkedAt: Date | null;
  task: Task;
  /** Runs the whole check again. */
  refresh(): Promise<void>;
  /** Takes a check made elsewhere (writing Kontroll checks too). */
  accept(check: CheckResult): void;
}

export function useOverview(host: PaneHost): Overview {
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const task = useTask(host.strings);
  const accept = useCallback(
    (result: CheckResult) => {
      setCheck(result);
      setCheckedAt(host.now());
    },
    [host],
  );
  const run = task.run;
  const refresh = useCallback(async () => {
    const result = await run(() => host.check());
    if (result) accept(result);
  }, [host, run, accept]);

  useEffect(() => {
    void refresh();
    // Once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { check, checkedAt, task, refresh, accept };
}

/** True when none of the register's own sheets is there: an empty or unrelated workbook. */
export function isNotRegister(check: CheckResult | null): boolean {
  if (!check) return false;
  const missing = check.findings.filter((f) => f.code === "missing-sheet").length;
  return missing >= 4;
}

/** "14:32" in the pane's language. */
export function clockTime(d: Date, language: "sv" | "en"): string {
  return d.toLocaleTimeString(language === "sv" ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}
