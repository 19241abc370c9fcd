/**
 * The Nästa löfte view's words (src/taskpane/NextPledgeView.tsx): the dates as
 * typed judged by the use case's own rule and said for date fields, not CLI
 * flags; what is carried over, as pledge next prints it, in both languages;
 * and the view as first drawn (server rendering: no DOM in jest), with the
 * default dates and the primary button.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryPort } from "../../src/app/memory-port";
import { planNextPledge } from "../../src/app/next-pledge";
import { serialFromIso } from "../../src/core/date";
import { demoRegister } from "../../src/demo/demo-register";
import { createPaneHost, HostContext } from "../../src/taskpane/host";
import NextPledgeView, { carriedLines, nextDates } from "../../src/taskpane/NextPledgeView";
import { en } from "../../src/taskpane/strings-en";
import { sv } from "../../src/taskpane/strings";

const serial = (iso: string) => serialFromIso(iso)!;
const OLD = { validFrom: serial("2024-08-01"), validTo: serial("2025-12-31") };

describe("the dates of the next pledge, as the view judges them", () => {
  it("accepts the new pledge's dates", () => {
    expect(nextDates("2026-01-01", "2027-12-31", OLD, sv)).toEqual({
      next: { validFrom: serial("2026-01-01"), validTo: serial("2027-12-31") },
    });
  });

  it("says what is wrong in the pane's words, in both languages", () => {
    expect(nextDates("2025-06-01", "2027-12-31", OLD, sv)).toEqual({
      problem: "Det nya löftet börjar 2025-06-01, innan det gamla slutar 2025-12-31. Välj en första dag efter 2025-12-31.",
    });
    expect(nextDates("2027-01-01", "2026-12-31", OLD, sv)).toEqual({
      problem: "Det nya löftet slutar 2026-12-31, inte efter att det börjar 2027-01-01. Välj en sista dag efter den första.",
    });
    expect(nextDates("2026-01-01", "2046-12-31", OLD, en)).toEqual({
      problem: "The new pledge runs 2026-01-01 – 2046-12-31, longer than 10 years. Check the dates.",
    });
    // An emptied date field gives "".
    expect(nextDates("", "2027-12-31", OLD, sv)).toEqual({ problem: "Första dag: välj ett datum, till exempel 2026-01-01." });
    expect(nextDates("2026-01-01", "", OLD, en)).toEqual({ problem: "Last day: choose a date, for example 2026-01-01." });
    for (const [from, to] of [
      ["2025-06-01", "2027-12-31"],
      ["2027-01-01", "2026-12-31"],
      ["2026-01-01", "2046-12-31"],
    ]) {
      const said = nextDates(from!, to!, OLD, sv);
      expect("problem" in said && said.problem.includes("--")).toBe(false);
    }
  });
});

describe("what the new register carries over", () => {
  it("as pledge next prints it: counts, each baseline, the errors left out", async () => {
    const plan = await planNextPledge(new MemoryPort(demoRegister()), {
      today: serial("2026-01-08"),
      next: { validFrom: serial("2026-01-01"), validTo: serial("2027-12-31") },
    });
    const svLines = carriedLines(plan, sv);
    expect(svLines.carried).toBe("Följer med: 20 parter (20 tomma flikar), 15 åtgärder och 10 indikatorer.");
    expect(svLines.baselines).toHaveLength(10);
    expect(svLines.baselines).toContain("I3 Anmälda brott i Skäggetorp: 172 (T3 2025)");
    expect(svLines.baselines.find((l) => l.startsWith("I1 "))).toMatch(/: 2,9 \(2025\)$/);
    expect(svLines.errors).toBe("Obs: registret har 7 fel; rader med fel räknades inte in i utgångsvärdena. Kontroll visar var de finns.");
    const enLines = carriedLines(plan, en);
    expect(enLines.carried).toBe("Carried over: 20 partners (20 empty tabs), 15 measures and 10 indicators.");
    expect(enLines.baselines.find((l) => l.startsWith("I1 "))).toMatch(/: 2\.9 \(2025\)$/);
  });

  it("an indicator without a value in the old pledge keeps its baseline, and says so", () => {
    const plan = {
      counts: { partners: 1, tabs: 1, measures: 0, indicators: 1 },
      baselines: [{ id: "I9", name: "Nytt mått", value: 12, period: "T1 2024", source: "kept" as const }],
      old: { name: "Löftet", ...OLD },
      errors: 0,
    };
    expect(carriedLines(plan, sv)).toEqual({
      carried: "Följer med: 1 part (1 tom flik), 0 åtgärder och 1 indikator.",
      baselines: ["I9 Nytt mått: 12 (T1 2024) – inget värde i löftet, det gamla utgångsvärdet står kvar"],
      errors: null,
    });
  });
});

describe("the view as first drawn", () => {
  it("shows the default dates and the primary button, and opens nothing", () => {
    const port = new MemoryPort(demoRegister());
    const host = createPaneHost(
      Object.assign(port, {
        activeSheet: async () => "Löfte",
        onChanged: async () => async () => {},
        onActivated: async () => async () => {},
      }),
      { language: "sv", now: () => new Date(2026, 0, 8, 12) },
    );
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <HostContext.Provider value={host}>
          <NextPledgeView old={OLD} checkedAt={null} />
        </HostContext.Provider>
      </FluentProvider>,
    );
    expect(html).toContain('value="2026-01-01"');
    expect(html).toContain('value="2027-12-31"');
    expect(html).toContain(">Nästa löfte</h3>");
    expect(html).toMatch(/data-testid="open-next-pledge"[^>]*>Öppna i ny arbetsbok</);
    expect(html).not.toContain("next-dates-problem");
    expect(port.opened).toEqual([]);
  });
});
