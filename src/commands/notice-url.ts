/**
 * The notice dialog's address and what the page reads back from it. The
 * message travels in the query string (the dialog is a page of our own on the
 * function file's origin, so Office needs no AppDomains for it) and the page
 * shows it as text, never as HTML. Shared by the function file and the page:
 * no imports, so the page stays tiny.
 */

export const NOTICE_PAGE = "notice.html";

/** What the page sends the function file: the person is done, or (every few seconds) the page is still open. */
export const NOTICE_DONE = "ok";
export const NOTICE_ALIVE = "open";
/** How often the open page says so: the function file's watchdog waits a few of these before it gives up. */
export const NOTICE_HEARTBEAT_MS = 5_000;

/** Long enough for any notice we write; an unexpected error's message is cut to keep the address short. */
export const MAX_NOTICE_CHARS = 1200;

export interface NoticeText {
  title: string;
  message: string;
  lang: "sv" | "en";
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The page's absolute address beside `base` (the function file's own address),
 * e.g. https://host/notice.html?lang=sv&title=Kontrollera&message=…
 */
export function noticeUrl(base: string, notice: NoticeText): string {
  const url = new URL(NOTICE_PAGE, base);
  url.search = new URLSearchParams({
    lang: notice.lang,
    title: cut(notice.title, 100),
    message: cut(notice.message, MAX_NOTICE_CHARS),
  }).toString();
  url.hash = "";
  return url.toString();
}

/** What the page shows for its query string; Office may add parameters of its own, which are ignored. */
export function readNotice(search: string): NoticeText {
  const q = new URLSearchParams(search);
  const lang = q.get("lang") === "en" ? "en" : "sv";
  const fallback =
    lang === "en" ? { title: "Citizen pledge", message: "No message." } : { title: "Medborgarlöfte", message: "Inget meddelande." };
  return {
    lang,
    title: cut(q.get("title")?.trim() || fallback.title, 100),
    message: cut(q.get("message")?.trim() || fallback.message, MAX_NOTICE_CHARS),
  };
}
