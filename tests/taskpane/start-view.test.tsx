/**
 * Start as first drawn (server rendering: no DOM in jest) while the first check runs and once it is done
 * (issue 16): the pledge from the read at once, the partner count, the counts and the actions with the check.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryPort } from "../../src/app/memory-port";
import { checkRegister } from "../../src/core/check-register";
import { demoRegister } from "../../src/demo/demo-register";
import { createPaneHost, HostContext } from "../../src/taskpane/host";
import { startFacts } from "../../src/taskpane/start-facts";
import { StartView } from "../../src/taskpane/StartView";
import { sv } from "../../src/taskpane/strings";
import type { Overview } from "../../src/taskpane/use-overview";

const NOW = new Date(2026, 0, 8, 9, 5);
const grids = demoRegister();
const check = checkRegister(grids, { today: 46030 });
const port = Object.assign(new MemoryPort(grids), {
  activeSheet: async () => "Löfte",
  onChanged: async () => async () => {},
  onActivated: async () => async () => {},
});
const host = createPaneHost(port, { language: "sv", now: () => NOW });

function overview(over: Partial<Overview>): Overview {
  return {
    check: null,
    facts: null,
    checkedAt: null,
    task: { busy: true, error: null, run: async () => undefined, clearError: () => undefined },
    refresh: async () => undefined,
    stamp: () => 0,
    accept: () => undefined,
    acceptTab: () => undefined,
    findingsOf: () => null,
    ...over,
  };
}

const draw = (o: Overview) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}>
        <StartView overview={o} />
      </HostContext.Provider>
    </FluentProvider>,
  );

describe("Start while the first check runs", () => {
  const pledge = check.register.pledge!;

  it("before the read: only that it is reading", () => {
    const html = draw(overview({}));
    expect(html).toContain(sv.readingWorkbook);
    expect(html).not.toContain('data-testid="pledge-name"');
  });

  it("once read: the pledge's name, validity and phase, still reading; no partner count, counts or actions yet", () => {
    const html = draw(overview({ facts: startFacts(grids) }));
    expect(html).toContain(`data-testid="pledge-name">${pledge.name}<`);
    expect(html).toContain("Gäller 2024-08-01 – 2025-12-31");
    expect(html).toContain('data-testid="pledge-phase"');
    expect(html).toContain(sv.readingWorkbook);
    expect(html).not.toContain('data-testid="partner-count"');
    expect(html).not.toContain(sv.addPartnerTabs);
    expect(html).not.toContain(sv.lastCheck("09:05"));
  });

  it("checked: the same pledge lines, with the partner count, the time of the check and the actions", () => {
    const read = draw(overview({ facts: startFacts(grids) }));
    const html = draw(overview({ check, facts: startFacts(grids), checkedAt: NOW, task: { ...overview({}).task, busy: false } }));
    expect(html).toContain(`data-testid="partner-count">${sv.partnerCount(check.register.partners.length)}<`);
    expect(html).toContain(sv.lastCheck("09:05"));
    expect(html).toContain(sv.addPartnerTabs);
    expect(html).not.toContain(sv.readingWorkbook);
    const lines = (h: string) => [...h.matchAll(/data-testid="pledge-(?:name|phase)">([^<]*)</g)].map((m) => m[1]);
    expect(lines(html)).toEqual(lines(read));
    expect(lines(html).length).toBeGreaterThanOrEqual(2);
  });

  it("a workbook that is no register: nothing of a pledge until the check offers to create one", () => {
    const empty = { sheets: [{ name: "Blad1", values: [] }] };
    const html = draw(overview({ facts: startFacts(empty) }));
    expect(html).not.toContain('data-testid="pledge-name"');
    expect(html).not.toContain('data-testid="not-register"');
    const checked = draw(overview({ check: checkRegister(empty, { today: 46030 }), checkedAt: NOW, task: { ...overview({}).task, busy: false } }));
    expect(checked).toContain('data-testid="not-register"');
  });
});
