/**
 * The notice dialog's page (notice.html): shows the title and message from its
 * query string as text, and tells the function file when the person is done
 * (OK, Enter or Escape) through Office.context.ui.messageParent. The text is
 * there at once; only the answer waits for Office. While open it also says so
 * every few seconds: on some Windows builds Esc closes the dialog before the
 * page sees the key and Office sends the function file nothing (office-js
 * #5410, #5200), and without these the ribbon button would stay busy forever.
 */
import { NOTICE_ALIVE, NOTICE_DONE, NOTICE_HEARTBEAT_MS, readNotice } from "./notice-url";

const notice = readNotice(window.location.search);
document.documentElement.lang = notice.lang;
document.title = notice.title;
const title = document.getElementById("notice-title");
const message = document.getElementById("notice-message");
const ok = document.getElementById("notice-ok");
if (title) title.textContent = notice.title;
if (message) message.textContent = notice.message;

let answered = false;
function done(): void {
  if (answered) return;
  answered = true;
  void Office.onReady(() => Office.context.ui.messageParent(NOTICE_DONE));
}

void Office.onReady(() => {
  const alive = () => {
    if (!answered) Office.context.ui.messageParent(NOTICE_ALIVE);
  };
  alive();
  setInterval(alive, NOTICE_HEARTBEAT_MS);
});

ok?.addEventListener("click", done);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") done();
});
ok?.focus();
