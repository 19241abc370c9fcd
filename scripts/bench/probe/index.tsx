/**
 * The minimal React + Fluent page the pane's time to interactive is measured
 * beside (`pane-tti.ts`, `probe` in the benchmark's JSON): React 18's
 * createRoot, FluentProvider with the web light theme, a TabList of four tabs
 * and a Button, nothing else; built with the project's own webpack settings
 * (`probe-build.ts`). It marks itself interactive the way the pane does (the
 * same `tti-probe.ts` observer): a shown `pledge-name` and a usable Kontroll
 * tab. Never part of the add-in.
 */
import { Button, FluentProvider, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const TABS = ["start", "kontroll", "indikatorer", "rapport"] as const;

function Probe() {
  const [tab, setTab] = useState<string>("start");
  return (
    <FluentProvider theme={webLightTheme} lang="sv">
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))} aria-label="Vyer">
        {TABS.map((t) => (
          <Tab key={t} value={t} data-testid={`tab-${t}`}>
            {t}
          </Tab>
        ))}
      </TabList>
      <p data-testid="pledge-name">Probe</p>
      <Button appearance="primary">Knapp</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Probe />);
