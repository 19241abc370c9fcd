/** Reminders in Rapport: who is missing what for the tertial, the Swedish text to copy, and a mailto: link to Kontakt. */
import assert from "node:assert/strict";
import type { E2EScenario } from "../context";
import { serialFromIso } from "../../../src/core/date";
import { longDateSv } from "../../../src/core/swedish-format";
import { ENDED_TERTIAL, TODAY } from "../expected";
import { scenario } from "../harness";
import { englishLeaks, pane, showView, swedishLeaks } from "../pane";

export const reminderScenarios: E2EScenario[] = [
  scenario(
    "Reminders: the core's reminders for the tertial, each text to copy, a mailto: link only where Kontakt is given",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: browsers.origin });
      await showView(page, "rapport");
      await page.getByTestId("show-reminders").click();
      const wanted = expected.reminders.reminders;
      assert.ok(wanted.length >= 2, "the demo has reminders for the tertial");
      assert.ok(wanted.some((r) => r.contact) && wanted.some((r) => !r.contact), "the demo has reminders with and without a contact");
      await page.getByTestId("reminder").first().waitFor();
      const items = page.getByTestId("reminder");
      assert.deepEqual(
        await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-partner"))),
        wanted.map((r) => r.partner),
      );
      const status = (await page.getByTestId("reminders-status").innerText()).trim();
      // Due 14 days after the tertial's end: not yet passed on TODAY.
      assert.ok(expected.reminders.due >= serialFromIso(TODAY)!);
      assert.equal(
        status,
        `Sista rapportdag för ${ENDED_TERTIAL} är ${longDateSv(expected.reminders.due)}. ${wanted.length} parter saknar något.`,
      );

      for (const [i, r] of wanted.entries()) {
        const item = items.nth(i);
        assert.equal((await item.locator("h4").innerText()).trim(), r.name);
        if (r.missingActivities)
          assert.ok((await item.getByTestId("reminder-missing").innerText()).includes("Inga aktiviteter under tertialen"));
        const mail = item.getByTestId("reminder-mailto");
        if (r.contact) {
          const href = (await mail.getAttribute("href")) ?? "";
          // Read back as an e-mail program would: the address, then the subject and body, percent-decoded.
          const url = new URL(href);
          assert.equal(url.protocol, "mailto:");
          assert.equal(decodeURIComponent(url.pathname), r.contact);
          assert.ok(!/[ \n]/.test(href), "the link is percent-encoded");
          assert.equal(url.searchParams.get("subject"), r.subject);
          assert.equal(url.searchParams.get("body")?.replace(/\r\n/g, "\n"), r.text);
          assert.equal((await mail.innerText()).trim(), `Skriv mejl till ${r.contact}`);
          assert.equal(await item.getByTestId("reminder-no-contact").count(), 0);
        } else {
          assert.equal(await mail.count(), 0);
          assert.ok((await item.getByTestId("reminder-no-contact").innerText()).includes("Kontakt på fliken Parter"));
        }
        await item.getByTestId("reminder-show").click();
        assert.equal(await item.getByTestId("reminder-text").inputValue(), r.text);
      }
      await items.first().getByTestId("reminder-copy").click();
      await items.first().getByText("Kopierad.").waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), wanted[0]!.text);
      assert.deepEqual(englishLeaks(await pane(page).innerText()), []);

      // Another tertial: the list made for this one goes away until asked for again.
      await page.getByTestId("tertial").click();
      await page.getByRole("option", { name: "T1 2025" }).click();
      // The list goes on the re-render after the choice: wait for it (it fails after the timeout if it stays).
      await page.getByTestId("reminder").first().waitFor({ state: "detached", timeout: 5_000 });
      assert.equal(await page.getByTestId("reminder").count(), 0);
    },
  ),

  scenario("Reminders, in English: the pane's words in English, the reminder itself in Swedish", async ({ browsers, expected }) => {
    const page = await browsers.open({ lang: "en" });
    await showView(page, "rapport");
    await page.getByTestId("show-reminders").click();
    await page.getByTestId("reminder").first().waitFor();
    const text = await page.getByTestId("reminders").innerText();
    assert.ok(text.includes(`${expected.reminders.reminders.length} partners are missing something.`), text);
    assert.deepEqual(swedishLeaks(text), []);
  }),
];
