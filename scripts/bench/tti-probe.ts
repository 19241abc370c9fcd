/**
 * The time-to-interactive probe that the benchmark and the browser tests both
 * inject before the pane's scripts: performance.now() (ms since navigation
 * start) when the tab list first shows (`__shell`) and when the pledge's name is
 * shown and the Kontroll tab can be chosen (`__tti`), and when the first check is done (`__checked`: Start shows
 * the partner count, or that the workbook is no register). Since Start shows the pledge from the first read
 * (issue 16), `__tti` comes before the check is done; `__checked` is the time to the whole first check.
 * Each is also a performance mark (`probe-shell`, `probe-tti`, `probe-checked`), for traces (`pane-cpu.ts`).
 */
export const PROBE = `(() => {
  const ready = () => {
    const name = document.querySelector('[data-testid="pledge-name"]');
    const tab = document.querySelector('[data-testid="tab-kontroll"]');
    return !!name && name.textContent.trim() !== "" && name.getClientRects().length > 0 &&
      !!tab && !tab.disabled && tab.getAttribute("aria-disabled") !== "true";
  };
  new MutationObserver((_, observer) => {
    if (window.__shell === undefined && document.querySelector('[data-testid="tab-kontroll"]')) window.__shell = performance.now();
    if (window.__shell !== undefined && !window.__shellMarked) { window.__shellMarked = true; performance.mark("probe-shell"); }
    if (window.__tti === undefined && ready()) { window.__tti = performance.now(); performance.mark("probe-tti"); }
    if (window.__checked === undefined && document.querySelector('[data-testid="partner-count"], [data-testid="not-register"]')) { window.__checked = performance.now(); performance.mark("probe-checked"); }
    if (window.__tti !== undefined && window.__checked !== undefined) observer.disconnect();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;
