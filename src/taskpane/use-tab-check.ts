/**
 * Checks one partner's tab as the person types: once at once, then again
 * ~600 ms after the last edit of that tab or a register sheet. Only the tab and
 * the four register sheets are read, so it stays quick in a big workbook.
 */
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../core/findings";
import { fold } from "../core/values";
import { REGISTER_SHEETS, type PaneHost } from "./host";
import { errorText } from "./use-task";

export const RECHECK_DELAY_MS = 600;

export interface TabCheck {
  findings: Finding[] | null;
  checking: boolean;
  checkedAt: Date | null;
  error: string | null;
}

export function useTabCheck(host: PaneHost, tab: string, delayMs = RECHECK_DELAY_MS): TabCheck {
  const [state, setState] = useState<TabCheck>({ findings: null, checking: true, checkedAt: null, error: null });
  const latest = useRef(0);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let unsubscribe: (() => Promise<void>) | null = null;
    const watched = new Set([tab, ...REGISTER_SHEETS].map(fold));

    const check = async () => {
      const run = ++latest.current;
      setState((s) => ({ ...s, checking: true }));
      try {
        const findings = await host.checkTab(tab);
        // A slower, older run must not overwrite a newer one.
        if (alive && run === latest.current) setState({ findings, checking: false, checkedAt: host.now(), error: null });
      } catch (e) {
        if (alive && run === latest.current) setState((s) => ({ ...s, checking: false, error: errorText(e, host.strings) }));
      }
    };

    setState({ findings: null, checking: true, checkedAt: null, error: null });
    void check();
    host
      .onChanged((sheet) => {
        if (!alive || !watched.has(fold(sheet))) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void check(), delayMs);
      })
      .then(
        (off) => {
          if (alive) unsubscribe = off;
          else void off();
        },
        () => undefined,
      );

    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [host, tab, delayMs]);

  return state;
}
