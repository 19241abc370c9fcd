/**
 * The notice dialog's page (notice.html): shows the title and message from its
 * query string as text, and tells the function file when the person is done
 * (OK, Enter or Escape) through Office.context.ui.messageParent. The text is
 * there at once; only the answer waits for Office.
 */
import { readNotice } from "./notice-url";

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
  void Office.onReady(() => Office.context.ui.messageParent("ok"));
}

ok?.addEventListener("click", done);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") done();
});
ok?.focus();
