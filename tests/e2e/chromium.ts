/**
 * Debian's Chromium as the browser tests and the pane benchmark launch it (no imports, so the benchmark can take
 * it without the browser tests' harness): where it is, and the flags every headless run here uses.
 */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The browser's own pages a headless window loads beside the page it is given: Chromium 156 opens the omnibox's
 * drop-down as two WebUI pages (chrome://omnibox-popup.top-chrome/ and its AI-mode page) in a renderer of their own
 * with every new window, so with every new context, and they ran on this 2-core machine's second core while the pane
 * loaded (issue 16, sixth session: ~0.5 s of CPU per load; the pane's time to interactive 490 -> 342 ms and the
 * probe's 228 -> 144 ms without them). A task pane in Excel (WebView2) has no omnibox. Chromium ignores feature names it
 * does not know; `browserUiPages` tells when a later Chromium opens such pages under other names.
 */
export const NO_BROWSER_UI_PAGES = "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup";

/** Headless, no sandbox (containers), no GPU, none of the browser's own network traffic or updates, and none of its own pages. */
export const HEADLESS_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  NO_BROWSER_UI_PAGES,
];

/** What `browserUiPages` needs of a playwright-core Browser (no import here, see above). */
interface CdpBrowser {
  newBrowserCDPSession(): Promise<{
    send(method: "Target.getTargets"): Promise<{ targetInfos: { type: string; url: string }[] }>;
    detach(): Promise<void>;
  }>;
}

/**
 * The addresses of the pages the browser itself has open (DevTools' target type `browser_ui`: its own WebUI, never a
 * page a test or the benchmark opened), taken while a context is open: none with HEADLESS_FLAGS on Chromium 156.
 */
export async function browserUiPages(browser: CdpBrowser): Promise<string[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send("Target.getTargets");
    return targetInfos.filter((t) => t.type === "browser_ui").map((t) => t.url);
  } finally {
    await session.detach();
  }
}
