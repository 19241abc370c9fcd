/**
 * The pane's Indikatorer cards say what the report's rows say (issue 12): the
 * arrow the report's score gives (▲ better, ▼ worse, ► within 5 % or within
 * normal variation), coloured as the direction shown, not the raw one, with
 * the same word and status. Server rendering (no DOM in jest), the demo
 * register at T2 2025 and T3 2025.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryPort } from "../../src/app/memory-port";
import { checkRegister } from "../../src/core/check-register";
import { serialFromYMD } from "../../src/core/date";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import type { IndicatorTrend } from "../../src/core/trends/trend-types";
import { computeTrends } from "../../src/core/trends/trends";
import { demoRegister } from "../../src/demo/demo-register";
import { createPaneHost, HostContext } from "../../src/taskpane/host";
import { IndicatorCard } from "../../src/taskpane/IndicatorCard";

const host = createPaneHost(
  Object.assign(new MemoryPort(demoRegister()), {
    activeSheet: async () => "Indikatorer",
    onChanged: async () => async () => {},
    onActivated: async () => async () => {},
  }),
  { language: "sv", now: () => new Date(2026, 0, 8, 12) },
);

function card(trend: IndicatorTrend): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}>
        <IndicatorCard trend={trend} />
      </HostContext.Provider>
    </FluentProvider>,
  );
}

/** The change's span: its class (the arrow's colour) and the arrow. */
function arrowOf(html: string): { className: string; arrow: string } | null {
  const m = /<span class="([^"]+)"><span aria-hidden="true">([▲▼►–]) <\/span>/.exec(html);
  return m ? { className: m[1]!, arrow: m[2]! } : null;
}

const SCORE_ARROW = { 1: "▼", 2: "►", 3: "▲" } as const;

describe.each([
  { kind: "tertial", year: 2025, tertial: 2 },
  { kind: "tertial", year: 2025, tertial: 3 },
] as const)("the demo's cards at T$tertial $year", (t) => {
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: t });
  const trends = computeTrends(check.register, t).indicators;
  const rows = tertialReportModel({ register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8) }, t).indicators;
  const cards = trends.map((trend) => ({ trend, row: rows.find((r) => r.id === trend.id)!, html: card(trend) }));

  it("show each row's arrow and word, and its status word", () => {
    let compared = 0;
    for (const { row, html } of cards) {
      expect(html).toContain(row.statusWord);
      const shown = arrowOf(html);
      if (row.score === null) {
        expect(shown).toBeNull();
        continue;
      }
      compared += 1;
      expect(shown?.arrow).toBe(SCORE_ARROW[row.score]);
      // The report's note starts with the trend's word; the card gives the same word for a change within normal variation.
      if (row.note.startsWith("inom normal variation")) expect(html).toContain("(inom normal variation)");
      if (row.note.startsWith("bättre")) expect(html).toContain("(bättre)");
      if (row.note.startsWith("sämre")) expect(html).toContain("(sämre)");
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it("colour a change within normal variation as stable, whichever way it went", () => {
    const classOf = (pick: (x: (typeof cards)[number]) => boolean) =>
      cards.filter(pick).map((x) => arrowOf(x.html)?.className);
    const stable = classOf((x) => x.row.score === 2);
    expect(stable.length).toBeGreaterThan(0);
    // Every ► is drawn alike, the raw direction (worsening, improving, stable) notwithstanding.
    expect(new Set(stable).size).toBe(1);
    const better = classOf((x) => x.row.score === 3);
    const worse = classOf((x) => x.row.score === 1);
    for (const c of [...better, ...worse]) expect(c).not.toBe(stable[0]);
  });
});

it("a worsening within normal variation (Jobcom at T3 2025) reads ► inom normal variation on its card, as on the report's row", () => {
  const t = { kind: "tertial", year: 2025, tertial: 3 } as const;
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: t });
  const jobcom = computeTrends(check.register, t).indicators.find((x) => x.name.includes("Jobcom"))!;
  expect([jobcom.direction, jobcom.noise]).toEqual(["worsening", true]);
  const html = card(jobcom);
  expect(arrowOf(html)?.arrow).toBe("►");
  expect(html).toContain("(inom normal variation)");
  expect(html).not.toContain("(sämre)");
});
