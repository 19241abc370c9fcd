/**
 * What a person does in the preview, as page steps: switch views, run the
 * check, read badges and findings, switch and edit sheets in the stand-in
 * for Excel. Scenarios read as behaviour on top of these.
 */
import type { Locator, Page } from "playwright-core";
import { en } from "../../src/taskpane/strings-en";
import { sv } from "../../src/taskpane/strings";

export type View = "start" | "kontroll" | "indikatorer" | "rapport";

export const pane = (page: Page): Locator => page.getByTestId("pane");

export async function showView(page: Page, view: View): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
  await page.locator(`[data-testid="tab-${view}"][aria-selected="true"]`).waitFor();
}

/** Clicks "Kontrollera registret" and waits until the check has finished and its counts show. */
export async function runCheck(page: Page): Promise<void> {
  const button = page.getByTestId("run-check");
  await button.click();
  await page.waitForFunction(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-testid="run-check"]');
    return b !== null && b.getAttribute("aria-disabled") !== "true" && document.querySelector('[data-testid="counts"]') !== null;
  });
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** The numbers on the three badges ("Fel 7" → 7). */
export async function badgeCounts(scope: Locator): Promise<Counts> {
  const n = async (s: string) => Number(/(\d+)\s*$/.exec((await scope.getByTestId(`count-${s}`).innerText()).trim())?.[1] ?? NaN);
  return { error: await n("error"), warning: await n("warning"), info: await n("info") };
}

/** Accordion groups as shown: the sheet and the count in its title "Polisen (5)". */
export async function findingGroups(page: Page): Promise<{ sheet: string; title: string; count: number }[]> {
  return pane(page)
    .getByTestId("finding-group")
    .evaluateAll((els) =>
      els.map((el) => {
        const title = (el.querySelector("h3")?.textContent ?? "").trim();
        return { sheet: el.getAttribute("data-sheet") ?? "", title, count: Number(/\((\d+)\)\s*$/.exec(title)?.[1] ?? NaN) };
      }),
    );
}

export interface ShownFinding {
  sheet: string;
  cell: string;
  severity: string;
  text: string;
  tag: string;
}

/** Finding lines rendered inside `scope` (only open accordion panels render theirs). */
export async function shownFindings(scope: Locator): Promise<ShownFinding[]> {
  return scope.getByTestId("finding").evaluateAll((els) =>
    els.map((el) => ({
      sheet: el.getAttribute("data-sheet") ?? "",
      cell: el.getAttribute("data-cell") ?? "",
      severity: el.getAttribute("data-severity") ?? "",
      text: (el.textContent ?? "").trim(),
      tag: el.tagName.toLowerCase(),
    })),
  );
}

/** Switches the preview's active sheet, as a person clicking a tab in Excel. */
export async function activateSheet(page: Page, sheet: string): Promise<void> {
  await page.getByTestId("active-sheet").selectOption(sheet);
  await page.locator(`[data-testid="sheet-editor"][data-sheet="${sheet}"]`).waitFor();
}

/** Types into one cell of the preview's sheet editor (replacing what was there). */
export async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-testid="sheet-editor"] input[data-cell="${address}"]`).fill(text);
}

/** The preview's line "Markering: Polisen!K11" (or "Ingen markering"). */
export async function previewSelection(page: Page): Promise<string> {
  return (await page.getByTestId("selection").innerText()).trim();
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * Texts of one catalogue (those the other lacks) that appear in `text`: as a
 * whole line, or anywhere when long enough not to be a word of something else.
 */
function leaks(catalogue: object, other: object, text: string): string[] {
  const others = new Set(leaves(other));
  const lines = new Set(text.split("\n").map((l) => l.trim()));
  return leaves(catalogue).filter((s) => !others.has(s) && (lines.has(s) || (s.length >= 20 && text.includes(s))));
}

/** English pane texts found in a Swedish pane's text. */
export const englishLeaks = (text: string): string[] => leaks(en, sv, text);

/** Swedish pane texts found in an English pane's text. */
export const swedishLeaks = (text: string): string[] => leaks(sv, en, text);

/** Waits until running CSS transitions and finite animations have ended (colours mid-fade fool axe and screenshots). */
export async function settle(page: Page): Promise<void> {
  // Away from the pane, so no button shows its hover colour.
  await page.mouse.move((page.viewportSize()?.width ?? 1000) - 5, 5);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
