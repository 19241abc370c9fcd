/**
 * The pane's one picture of the findings: the latest whole check, with the
 * findings of any partner tab re-checked since laid over it. Every view reads
 * it (Start's and Kontroll's badges, the partner view), so a tab fixed in the
 * partner view is fixed everywhere, and a report's check (which reads the whole
 * workbook) replaces it.
 *
 * Each read gets a stamp when it starts; a result from an older read never
 * overwrites one from a newer read, whichever finishes first.
 */
import type { CheckResult } from "../core/check-register";
import { countFindings, findingsOnSheet, type Finding } from "../core/findings";
import { fold } from "../core/values";
import { REGISTER_SHEETS } from "../app/register-sheets";

export interface TabFindings {
  tab: string;
  findings: Finding[];
  stamp: number;
}

export interface PaneFindings {
  /** The whole check with the newer tab checks laid over it; null before the first check. */
  check: CheckResult | null;
  /** Stamp of the read the whole check came from (0: none yet). */
  checkStamp: number;
  /** Tab checks newer than the whole check, by folded tab name. */
  tabs: ReadonlyMap<string, TabFindings>;
}

export const NO_FINDINGS: PaneFindings = { check: null, checkStamp: 0, tabs: new Map() };

/** Takes a whole check read at `stamp`; tab checks read after it stay laid over it. */
export function acceptCheck(state: PaneFindings, check: CheckResult, stamp: number): PaneFindings {
  if (stamp < state.checkStamp) return state;
  const tabs = new Map([...state.tabs].filter(([, t]) => t.stamp > stamp));
  let merged = check;
  for (const t of tabs.values()) merged = withTabFindings(merged, t.tab, t.findings);
  return { check: merged, checkStamp: stamp, tabs };
}

/** Takes one tab's findings read at `stamp`; ignored when that tab or the whole check was read later. */
export function acceptTab(state: PaneFindings, tab: string, findings: Finding[], stamp: number): PaneFindings {
  const key = fold(tab);
  const known = state.tabs.get(key);
  if ((known && known.stamp > stamp) || stamp < state.checkStamp) return state;
  const tabs = new Map(state.tabs).set(key, { tab, findings, stamp });
  return { ...state, check: state.check && withTabFindings(state.check, tab, findings), tabs };
}

/** The findings shown for one tab: those of the pane's picture. */
export function findingsOfTab(state: PaneFindings, tab: string): Finding[] | null {
  const known = state.tabs.get(fold(tab));
  if (known) return known.findings;
  return state.check ? findingsOnSheet(state.check.findings, tab) : null;
}

/**
 * The check with `tab`'s findings replaced, in the check's order (by tab, then
 * cell): where the tab's findings were, or, if it had none, after the register
 * sheets' and the tabs of the partners listed before it on Parter. The counts follow.
 */
export function withTabFindings(check: CheckResult, tab: string, findings: Finding[]): CheckResult {
  const key = fold(tab);
  const onTab = (f: Finding) => fold(f.sheet) === key;
  const at = check.findings.findIndex(onTab);
  const rest = check.findings.filter((f) => !onTab(f));
  let insertAt: number;
  if (at >= 0) {
    insertAt = at;
  } else {
    const partners = check.register.partners.map((p) => fold(p.tab));
    const index = partners.indexOf(key);
    const before = new Set([...REGISTER_SHEETS.map(fold), ...(index >= 0 ? partners.slice(0, index) : partners)]);
    insertAt = rest.length;
    if (index >= 0) while (insertAt > 0 && !before.has(fold(rest[insertAt - 1]!.sheet))) insertAt--;
  }
  const all = [...rest.slice(0, insertAt), ...findings, ...rest.slice(insertAt)];
  return { ...check, findings: all, counts: countFindings(all) };
}
