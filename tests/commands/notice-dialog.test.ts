import { DIALOG_CLOSED_BY_USER, NOTICE_OPTIONS, showNotice, type DialogLike, type DialogUi } from "../../src/commands/notice-dialog";

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
