import { MAX_NOTICE_CHARS, noticeUrl, readNotice } from "../../src/commands/notice-url";

const BASE = "https://addin.example.test/app/commands.html?_host_Info=Excel$Win32$16.01$sv-SE";
const hostile = 'Fliken <b>Kontroll</b> & =HYPERLINK("http://x","y")\nRad två';

describe("noticeUrl and readNotice: the message travels in the dialog's query string", () => {
  it("points at notice.html beside the function file, on its origin", () => {
    const url = new URL(noticeUrl(BASE, { title: "Kontrollera", message: "Hej", lang: "sv" }));
    expect(url.origin).toBe("https://addin.example.test");
    expect(url.pathname).toBe("/app/notice.html");
    expect(url.searchParams.get("_host_Info")).toBeNull();
  });

  it("carries markup, formulas, ampersands and line breaks through unchanged", () => {
    const url = noticeUrl(BASE, { title: "Tertialrapport", message: hostile, lang: "sv" });
    expect(url).not.toContain("<b>");
    expect(readNotice(new URL(url).search)).toEqual({ title: "Tertialrapport", message: hostile, lang: "sv" });
  });

  it("ignores parameters Office adds of its own", () => {
    const search = new URL(noticeUrl(BASE, { title: "Check", message: "Hi", lang: "en" })).search + "&_host_Info=Excel";
    expect(readNotice(search)).toEqual({ title: "Check", message: "Hi", lang: "en" });
  });

  it("cuts a very long message, marking the cut", () => {
    const message = "x".repeat(MAX_NOTICE_CHARS * 3);
    const shown = readNotice(new URL(noticeUrl(BASE, { title: "T", message, lang: "sv" })).search).message;
    expect(shown).toHaveLength(MAX_NOTICE_CHARS);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("opened with no query, shows a plain fallback in Swedish", () => {
    expect(readNotice("")).toEqual({ title: "Medborgarlöfte", message: "Inget meddelande.", lang: "sv" });
    expect(readNotice("?lang=en").message).toBe("No message.");
    expect(readNotice("?lang=de").lang).toBe("sv");
  });
});
