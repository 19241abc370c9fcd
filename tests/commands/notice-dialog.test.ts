import { COMMAND_MAX_MS, completeOnce } from "../../src/commands/completion";
import { DIALOG_CLOSED_BY_USER, NOTICE_OPTIONS, NOTICE_SILENCE_MS, showNotice, type DialogLike, type DialogUi, type Timers } from "../../src/commands/notice-dialog";
import { NOTICE_ALIVE, NOTICE_DONE, NOTICE_HEARTBEAT_MS } from "../../src/commands/notice-url";

const KINDS = { messageReceived: "dialogMessageReceived", eventReceived: "dialogEventReceived", failed: "failed" };
type Handler = (arg: { message: string } | { error: number }) => void;

/** Office.context.ui with one dialog whose events the test fires. */
function fakeUi(open: "opens" | "fails" | "throws" = "opens") {
  const handlers = new Map<string, Handler>();
  const calls: string[] = [];
  const dialog: DialogLike<string> = {
    close: () => calls.push("close"),
    addEventHandler: (type, handler) => void handlers.set(type, handler),
  };
  const ui: DialogUi<string, string> & { url?: string; options?: object } = {
    displayDialogAsync(url, options, callback) {
      if (open === "throws") throw new Error("Office.context.ui is not available");
      this.url = url;
      this.options = options;
      calls.push("open");
      setTimeout(() =>
        callback(
          open === "fails"
            ? { status: "failed", value: dialog, error: { code: 12007, message: "already open" } }
            : { status: "succeeded", value: dialog },
        ),
      );
    },
  };
  const fire = (type: string, arg: { message: string } | { error: number }) => handlers.get(type)!(arg);
  const opened = () => new Promise<void>((r) => setTimeout(r, 5));
  return { ui, calls, fire, opened };
}

const quiet = { error: () => undefined };

describe("showNotice: the dialog is gone before the promise resolves", () => {
  it("opens the page at a percentage of the screen, in an iframe on the web", async () => {
    const fake = fakeUi();
    const done = showNotice(fake.ui, "https://x.test/notice.html?message=Hej", KINDS, quiet);
    await fake.opened();
    expect(fake.ui.url).toBe("https://x.test/notice.html?message=Hej");
    expect(fake.ui.options).toEqual({ height: NOTICE_OPTIONS.height, width: NOTICE_OPTIONS.width, displayInIframe: true });
    expect(NOTICE_OPTIONS.height).toBeLessThanOrEqual(100);
    fake.fire(KINDS.messageReceived, { message: "ok" });
    await expect(done).resolves.toBe("ok");
  });

  it("OK: closes the dialog, then resolves", async () => {
    const fake = fakeUi();
    let settled = false;
    const done = showNotice(fake.ui, "u", KINDS, quiet).then((end) => {
      settled = true;
      fake.calls.push(`resolved ${end}`);
    });
    await fake.opened();
    expect(settled).toBe(false);
    fake.fire(KINDS.messageReceived, { message: "ok" });
    await done;
    expect(fake.calls).toEqual(["open", "close", "resolved ok"]);
  });

  it("closed with X (12006): resolves without closing again", async () => {
    const fake = fakeUi();
    const done = showNotice(fake.ui, "u", KINDS, quiet);
    await fake.opened();
    fake.fire(KINDS.eventReceived, { error: DIALOG_CLOSED_BY_USER });
    await expect(done).resolves.toBe("closed");
    expect(fake.calls).toEqual(["open"]);
  });

  it("a page that did not load (12002): closes the dialog and resolves", async () => {
    const fake = fakeUi();
    const done = showNotice(fake.ui, "u", KINDS, quiet);
    await fake.opened();
    fake.fire(KINDS.eventReceived, { error: 12002 });
    await expect(done).resolves.toBe("not-loaded");
    expect(fake.calls).toEqual(["open", "close"]);
  });

  it("a dialog that could not open (status failed) or an API that throws still resolves", async () => {
    const errors: string[] = [];
    await expect(showNotice(fakeUi("fails").ui, "u", KINDS, { error: (m) => errors.push(m) })).resolves.toBe("not-opened");
    expect(errors[0]).toContain("12007");
    await expect(showNotice(fakeUi("throws").ui, "u", KINDS, quiet)).resolves.toBe("not-opened");
  });
});

/** A clock the test moves: timers fire when `advance` passes them. */
function testTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set: (callback, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && pending.has(id)) {
        pending.delete(id);
        t.callback();
      }
    }
  };
  return { timers, advance, pending };
}

describe("showNotice's watchdog: a dialog Office stops talking about does not keep the button busy", () => {
  it("Esc on a Windows build that sends neither message nor event (office-js #5410, #5200): gone once the page falls silent", async () => {
    const fake = fakeUi();
    const clock = testTimers();
    let end: string | null = null;
    const done = showNotice(fake.ui, "u", KINDS, quiet, clock.timers).then((e) => (end = e));
    await fake.opened();
    // The open page says so every 5 s: the notice stays, however long the person reads.
    for (let i = 0; i < 12; i++) {
      clock.advance(NOTICE_HEARTBEAT_MS);
      fake.fire(KINDS.messageReceived, { message: NOTICE_ALIVE });
    }
    await Promise.resolve();
    expect(end).toBeNull();
    // Esc: the dialog is gone and nothing arrives any more.
    clock.advance(NOTICE_SILENCE_MS);
    await done;
    expect(end).toBe("lost");
    expect(fake.calls).toEqual(["open", "close"]);
  });

  it("a host that never calls back from displayDialogAsync still lets the button finish", async () => {
    const clock = testTimers();
    const ui: DialogUi<string, string> = { displayDialogAsync: () => undefined };
    const done = showNotice(ui, "u", KINDS, quiet, clock.timers);
    clock.advance(NOTICE_SILENCE_MS);
    await expect(done).resolves.toBe("lost");
  });

  it("OK after heartbeats ends as ok, and the watchdog is cleared", async () => {
    const fake = fakeUi();
    const clock = testTimers();
    const done = showNotice(fake.ui, "u", KINDS, quiet, clock.timers);
    await fake.opened();
    fake.fire(KINDS.messageReceived, { message: NOTICE_ALIVE });
    fake.fire(KINDS.messageReceived, { message: NOTICE_DONE });
    await expect(done).resolves.toBe("ok");
    expect(clock.pending.size).toBe(0);
  });
});

describe("completeOnce: event.completed() exactly once", () => {
  it("calls it when the press ends, never twice, and survives a completed() that throws", () => {
    const clock = testTimers();
    const calls: string[] = [];
    const finish = completeOnce(() => {
      calls.push("completed");
      throw new Error("already completed");
    }, quiet, clock.timers);
    finish();
    finish();
    clock.advance(COMMAND_MAX_MS);
    expect(calls).toEqual(["completed"]);
  });

  it("calls it after ten minutes when the press never ends", () => {
    const clock = testTimers();
    const calls: string[] = [];
    const finish = completeOnce(() => calls.push("completed"), quiet, clock.timers);
    clock.advance(COMMAND_MAX_MS - 1);
    expect(calls).toEqual([]);
    clock.advance(1);
    expect(calls).toEqual(["completed"]);
    finish();
    expect(calls).toEqual(["completed"]);
  });
});
