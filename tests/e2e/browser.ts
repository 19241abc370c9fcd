/**
 * Debian's Chromium, headless, driven by playwright-core. Every page opened
 * through `Browsers.open` reports its requests, console messages, CSP
 * violations and dialogs to one `Watch`, so the network and CSP checks see
 * everything every scenario did.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { TODAY } from "./expected";

import { CHROMIUM, HEADLESS_FLAGS } from "./chromium";

export { CHROMIUM };

/** playwright launches with a fresh temporary profile (user-data-dir) and deletes it on close. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...HEADLESS_FLAGS, "--no-first-run", "--disable-sync", "--disable-default-apps", "--disable-extensions"],
  });
}

export interface Watch {
  requests: string[];
  websockets: string[];
  consoleErrors: string[];
  cspViolations: string[];
  dialogs: string[];
  pageErrors: string[];
}

export function newWatch(): Watch {
  return { requests: [], websockets: [], consoleErrors: [], cspViolations: [], dialogs: [], pageErrors: [] };
}

// Runs before the page's own scripts: CSP violations arrive as DOM events, reported through the console.
const CSP_LISTENER = `document.addEventListener("securitypolicyviolation", (e) => {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " in " + e.sourceFile + ":" + e.lineNumber);
});`;

export const VIEWPORT = { width: 1280, height: 900 };

export class Browsers {
  private readonly contexts: BrowserContext[] = [];
  private shared: BrowserContext | null = null;
  private plainPage: Page | null = null;
  private readonly pages: Page[] = [];

  constructor(
    readonly browser: Browser,
    readonly origin: string,
    readonly watch: Watch,
  ) {}

  /** A fresh context (own storage, cold cache) with every recorder attached; closed after the scenario. */
  async context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const ctx = await this.newContext(options);
    this.contexts.push(ctx);
    return ctx;
  }

  /**
   * Opens the preview (`?today=` TODAY unless given) in a new page and waits for the Start view.
   * Every load starts a new in-memory workbook. Without options or setup the preview opens
   * in one page of a context shared by the whole run, so the bundle comes from its cache.
   */
  async open(
    query: Record<string, string> = {},
    options: BrowserContextOptions = {},
    setup?: (ctx: BrowserContext) => Promise<void>,
  ): Promise<Page> {
    const plain = Object.keys(options).length === 0 && !setup;
    let page: Page;
    if (plain) {
      if (!this.plainPage || this.plainPage.isClosed()) this.plainPage = await (await this.sharedContext()).newPage();
      page = this.plainPage;
    } else {
      const ctx = await this.context(options);
      await setup?.(ctx);
      page = await ctx.newPage();
      this.pages.push(page);
    }
    await page.goto(this.url(query));
    await page.getByTestId("pledge-name").waitFor({ state: "visible", timeout: 15_000 });
    // Start shows the pledge from the first read, before the check is done (issue 16): a page is open once it is.
    await page.getByTestId("partner-count").waitFor({ state: "visible", timeout: 15_000 });
    return page;
  }

  url(query: Record<string, string> = {}): string {
    const q = new URLSearchParams({ today: TODAY, ...query });
    return `${this.origin}/preview.html?${q.toString()}`;
  }

  /** Closes every page and context a scenario opened; the shared page stays for the next load unless `shared`. */
  async closeAll(shared = false): Promise<void> {
    const pages = this.pages.splice(0);
    if (shared && this.plainPage) pages.push(this.plainPage);
    if (shared) this.plainPage = null;
    const contexts = this.contexts.splice(0);
    await Promise.all([...pages.map((p) => p.close().catch(() => undefined)), ...contexts.map((c) => c.close().catch(() => undefined))]);
  }

  private async sharedContext(): Promise<BrowserContext> {
    this.shared ??= await this.newContext({});
    return this.shared;
  }

  private async newContext(options: BrowserContextOptions): Promise<BrowserContext> {
    const ctx = await this.browser.newContext({ viewport: VIEWPORT, locale: "sv-SE", timezoneId: "Europe/Stockholm", ...options });
    await ctx.addInitScript({ content: CSP_LISTENER });
    ctx.on("page", (p) => this.attach(p));
    return ctx;
  }

  private attach(page: Page): void {
    const w = this.watch;
    page.on("request", (r) => w.requests.push(r.url()));
    page.on("websocket", (ws) => w.websockets.push(ws.url()));
    page.on("pageerror", (e) => w.pageErrors.push(e.message));
    page.on("dialog", (d) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on("console", (m) => {
      const text = m.text();
      if (/content security policy|CSP violation/i.test(text)) w.cspViolations.push(text);
      else if (m.type() === "error") w.consoleErrors.push(text);
    });
  }
}
