import { checkRegister } from "../../../src/core/check-register";
import type { TertialPeriod } from "../../../src/core/period";
import { mailtoLink, remindersFrom, remindersJson } from "../../../src/core/reminders/reminders";
import { baseGrids, d, withCell, withRow } from "../../support/register-builder";

const T2: TertialPeriod = { kind: "tertial", year: 2025, tertial: 2 };
const T3: TertialPeriod = { kind: "tertial", year: 2025, tertial: 3 };
const JAN_8 = d(2026, 1, 8);

function reminders(grids = baseGrids(), tertial = T3, today = JAN_8) {
  const check = checkRegister(grids, { today, tertial });
  return { check, result: remindersFrom(check, today)! };
}

describe("reminders for a tertial", () => {
  it("are none when every partner has an activity and every value due", () => {
    expect(reminders(baseGrids(), T2, d(2025, 9, 5)).result.reminders).toEqual([]);
  });

  it("name each partner with no activity in the tertial and the Källa values due by it, in Parter's order", () => {
    const json = remindersJson(reminders().result);
    expect(json.tertial).toBe("T3 2025");
    expect(json.due).toBe("2026-01-14");
    // I2 is annual: its 2025 value is on Polisen's tab already, so only the tertial indicators are missing.
    expect(json.reminders.map(({ text: _text, ...rest }) => rest)).toEqual([
      { partner: "POL", name: "Polisen", contact: null, missingActivities: true, missingIndicators: ["I1"] },
      { partner: "STG", name: "Stångåstaden", contact: null, missingActivities: true, missingIndicators: ["I3"] },
    ]);
  });

  it("give exactly the contract's JSON fields", () => {
    const json = remindersJson(reminders().result);
    expect(Object.keys(json)).toEqual(["tertial", "due", "reminders"]);
    expect(Object.keys(json.reminders[0]!)).toEqual(["partner", "name", "contact", "missingActivities", "missingIndicators", "text"]);
  });

  it("ask for what the check's no-report and missing-value findings say is missing, no more", () => {
    const grids = withRow(baseGrids(), "Polisen", [d(2025, 10, 2), "Å2", "Dialog", "Genomförd", 1, 10, 5, 5, null]);
    const { check, result } = reminders(grids);
    for (const r of result.reminders) {
      const missing = check.findings.filter((f) => f.code === "missing-value" && f.sheet === r.tab);
      expect(missing.map((f) => f.message)).toEqual(r.missingIndicators.map((i) => expect.stringContaining(`${i.id} ${i.name}`)));
    }
    expect(result.reminders.find((r) => r.partner === "POL")).toMatchObject({
      missingActivities: false,
      missingIndicators: [{ id: "I1" }],
    });
  });

  it("ask for an annual value only in its year's last tertial", () => {
    const noAnnual = withCell(baseGrids(), "Polisen", "K5", "2024");
    const t2 = reminders(noAnnual, T2, d(2025, 9, 5)).result.reminders;
    expect(t2).toEqual([]);
    const t3 = reminders(noAnnual).result.reminders.find((r) => r.partner === "POL")!;
    expect(t3.missingIndicators.map((i) => [i.id, i.period])).toEqual([
      ["I1", T3],
      ["I2", { kind: "year", year: 2025 }],
    ]);
    expect(t3.text).toContain("• Otrygga ute sent på kvällen: värdet för hela året 2025");
  });

  it("carry the partner's Kontakt, and a partner whose tab is missing has reported nothing", () => {
    let grids = withCell(baseGrids(), "Parter", "E2", "trygghet@polisen.example");
    grids = withRow(grids, "Parter", ["ABF", "ABF Linköping", "Studieförbund", "ABF", "abf@example.se"]);
    grids = withCell(grids, "Indikatorer", "D4", "STG, ABF");
    const { result } = reminders(grids);
    expect(
      result.reminders.map((r) => [r.partner, r.contact, r.tabExists, r.missingActivities, r.missingIndicators.map((i) => i.id)]),
    ).toEqual([
      ["POL", "trygghet@polisen.example", true, true, ["I1"]],
      ["STG", null, true, true, ["I3"]],
      ["ABF", "abf@example.se", false, true, ["I3"]],
    ]);
  });

  it("fall due Sista rapportdag days after the tertial's end", () => {
    const grids = withRow(baseGrids(), "Löfte", ["Sista rapportdag", 21]);
    expect(remindersJson(reminders(grids).result).due).toBe("2026-01-21");
  });
});

describe("the reminder's text", () => {
  it("is friendly Swedish with names, not codes: what is missing, the due day and the tab to type it on", () => {
    const grids = withRow(baseGrids(), "Polisen", [d(2025, 10, 2), "Å2", "Dialog", "Genomförd", 1, 10, 5, 5, null]);
    const pol = reminders(grids).result.reminders.find((r) => r.partner === "POL")!;
    expect(pol.subject).toBe("Påminnelse: rapportera T3 2025 för Lokalt medborgarlöfte för Skäggetorp 2024–2025");
    expect(pol.text).toBe(
      [
        "Hej Polisen!",
        "",
        "Nu är tertialen T3 2025 (september–december 2025) slut, och vi sammanställer uppföljningen av Lokalt medborgarlöfte för Skäggetorp 2024–2025. I registret saknas ännu från er:",
        "",
        "• Anmälda brott: värdet för T3 2025",
        "",
        'Skriv in det på er flik "Polisen" i registret senast onsdag 14 januari 2026.',
        "",
        "Tack för att ni är med och följer upp löftet!",
        "",
        "Vänliga hälsningar",
        "Säkerhetsenheten, Linköpings kommun",
      ].join("\n"),
    );
    expect(pol.text).not.toMatch(/\bI1\b|\bPOL\b/);
  });

  it("asks for activities, and says a reply is enough when there were none", () => {
    const stg = reminders().result.reminders.find((r) => r.partner === "STG")!;
    expect(stg.text).toContain("• de aktiviteter ni har haft under tertialen");
    expect(stg.text).toContain("Svara då bara på det här mejlet");
  });

  it("says when the due day has passed, and when the tertial has not ended yet", () => {
    const late = reminders(baseGrids(), T3, d(2026, 2, 1)).result.reminders[0]!;
    expect(late.text).toContain(
      'Sista dag att rapportera var onsdag 14 januari 2026. Skriv gärna in det så snart ni kan på er flik "Polisen"',
    );
    const early = reminders(baseGrids(), T3, d(2025, 12, 10)).result.reminders[0]!;
    expect(early.text).toContain("Snart är tertialen T3 2025 (september–december 2025) slut");
  });
});

describe("the mailto link", () => {
  const reminder = {
    contact: "trygghet@polisen.example",
    subject: "Påminnelse: rapportera T3 2025",
    text: "Hej Polisen!\n\nSkriv in det & tack.",
  };

  it("opens the e-mail with subject and body percent-encoded, line breaks as CRLF", () => {
    expect(mailtoLink(reminder)).toBe(
      "mailto:trygghet@polisen.example?subject=P%C3%A5minnelse%3A%20rapportera%20T3%202025&body=Hej%20Polisen!%0D%0A%0D%0ASkriv%20in%20det%20%26%20tack.",
    );
    const url = new URL(mailtoLink(reminder)!);
    expect(url.searchParams.get("body")).toBe("Hej Polisen!\r\n\r\nSkriv in det & tack.");
  });

  it("takes several addresses typed with ; or , and gives none without a contact", () => {
    expect(mailtoLink({ ...reminder, contact: "a@x.example; b@x.example" })).toMatch(/^mailto:a@x\.example,b@x\.example\?/);
    expect(mailtoLink({ ...reminder, contact: null })).toBeNull();
    expect(mailtoLink({ ...reminder, contact: " ; " })).toBeNull();
  });

  it("cannot be turned into another header or address by what the text holds", () => {
    const link = mailtoLink({ ...reminder, subject: "x&cc=evil@example.com", text: "?bcc=evil@example.com" })!;
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(["subject", "body"]);
  });
});
