/**
 * Checks one partner's tab as the person types: once at once, then again
 * ~600 ms after the last edit of that tab or a register sheet. Only the tab and
 * the four register sheets are read (`src/app/check-tab.ts`), so it stays quick
 * in a big workbook. The findings go to the pane's one picture (`use-overview.ts`),
 * so every view shows them; this hook only says whether a check runs, when the
 * last one ended and what went wrong.
 */
import { subscription } from "./subscription";
import { useEffect, useRef, useState } from "react";
import { REGISTER_SHEETS } from "../app/register-sheets";
import type { Finding } from "../core/findings";
import { fold } from "../core/values";
import type { PaneHost } from "./host";
import { errorText } from "./use-task";

export const RECHECK_DELAY_MS = 600;

export interface TabCheck {
  /** True once a check of the tab has ended (with findings or an error). */
  checked: boolean;
  checking: boolean;
  checkedAt: Date | null;
  error: string | null;
}

export interface TabFindingsSink {
  /** A stamp taken when a read starts (the overview's). */
  stamp(): number;
  acceptTab(tab: string, findings: Finding[], stamp: number): void;
}

export function useTabCheck(host: PaneHost, tab: string, sink: TabFindingsSink, delayMs = RECHECK_DELAY_MS): TabCheck {
  const [state, setState] = useState<TabCheck>({ checked: false, checking: true, checkedAt: null, error: null });
  const latest = useRef(0);
  const { stamp, acceptTab } = sink;

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const watched = new Set([tab, ...REGISTER_SHEETS].map(fold));

    const check = async () => {
      const run = ++latest.current;
      const at = stamp();
      setState((s) => ({ ...s, checking: true }));
      try {
        const findings = await host.checkTab(tab);
        // The overview keeps whichever read is newer; this view only drops an older run's state.
        acceptTab(tab, findings, at);
        if (alive && run === latest.current) setState({ checked: true, checking: false, checkedAt: host.now(), error: null });
      } catch (e) {
        if (alive && run === latest.current) setState((s) => ({ ...s, checked: true, checking: false, error: errorText(e, host.strings) }));
      }
    };

    setState({ checked: false, checking: true, checkedAt: null, error: null });
    void check();
    const end = subscription(() =>
      host.onChanged((sheet) => {
        if (!alive || !watched.has(fold(sheet))) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void check(), delayMs);
      }),
    );

    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      end();
    };
  }, [host, tab, delayMs, stamp, acceptTab]);

  return state;
}
