import { MemoryPort } from "../../src/app/memory-port";
import { pressButton } from "../../src/commands/command-button";
import { readNotice } from "../../src/commands/notice-url";
import type { DialogUi } from "../../src/commands/notice-dialog";
import { baseGrids } from "../support/register-builder";

const KINDS = { messageReceived: "message", eventReceived: "event", failed: "failed" };
const quiet = { info: () => undefined, error: () => undefined };
const BASE = "https://addin.example.test/commands.html";

/** A dialog API that records the address and lets the person press OK after `delayMs`. */
function dialogPressingOk(delayMs: number) {
  const log: string[] = [];
  const ui: DialogUi<string, string> = {
    displayDialogAsync(url, _options, callback) {
      log.push(`open ${url}`);
      const handlers = new Map<string, (arg: { message: string } | { error: number }) => void>();
      callback({ status: "succeeded", value: { close: () => log.push("close"), addEventHandler: (t, h) => void handlers.set(t, h) } });
      setTimeout(() => handlers.get("message")?.({ message: "ok" }), delayMs);
    },
  };
  return { ui, log };
}

describe("pressButton: one click from the command to the moment Office may be told it is done", () => {
  it("in a workbook that is no register: shows the notice page beside the function file, resolves after OK closed it", async () => {
    const fake = dialogPressingOk(20);
    const port = new MemoryPort({ sheets: [{ name: "Blad1", values: [] }] });
    const result = await pressButton("checkRegister", {
      port,
      now: new Date("2026-01-08T12:00:00Z"),
      language: "sv",
      base: BASE,
      dialog: { ui: fake.ui, kinds: KINDS },
      log: quiet,
    });
    expect(result.end).toBe("ok");
    expect(fake.log).toHaveLength(2);
    expect(fake.log[1]).toBe("close");
    const url = new URL(fake.log[0]!.slice("open ".length));
    expect(url.origin + url.pathname).toBe("https://addin.example.test/notice.html");
    expect(readNotice(url.search)).toEqual({ title: "Kontrollera", message: result.notice!.message, lang: "sv" });
    expect(result.notice!.message).toContain("inget löftesregister");
    expect(port.written.size).toBe(0);
  });

  it("a plain success opens no dialog", async () => {
    const fake = dialogPressingOk(0);
    const result = await pressButton("makeCurrentReport", {
      port: new MemoryPort(baseGrids()),
      now: new Date("2026-01-08T12:00:00Z"),
      language: "sv",
      base: BASE,
      dialog: { ui: fake.ui, kinds: KINDS },
      log: quiet,
    });
    expect(result).toMatchObject({ outcome: { kind: "written", sheet: "Rapport T3 2025" }, notice: null, end: null });
    expect(fake.log).toEqual([]);
  });

  it("without Office's dialog API, the message goes to the log and the click still ends", async () => {
    const errors: string[] = [];
    const result = await pressButton("makeCurrentReport", {
      port: new MemoryPort(),
      now: new Date("2026-01-08T12:00:00Z"),
      language: "en",
      base: BASE,
      dialog: null,
      log: { info: () => undefined, error: (m) => errors.push(m) },
    });
    expect(result.end).toBeNull();
    expect(errors.some((e) => e.includes("This workbook is not a pledge register"))).toBe(true);
  });
});
