/**
 * The task pane: Start, Kontroll, Indikatorer and Rapport in a tab list. On a
 * partner's tab it opens Kontroll for that partner. Everything it does to the
 * workbook goes through the host it is given.
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { useAppStyles as useStyles } from "./app-styles";
import { HostContext, type PaneHost } from "./host";
import { PaneTab, PaneTabList } from "./PaneTabs";
import { StartView } from "./StartView";
import { ViewSpinner } from "./start-feedback";
import { useActiveSheet, usePartnerOf } from "./use-active-partner";
import { useOverview } from "./use-overview";

// Views not needed at start load as their own chunks. Kontroll is fetched once the first
// check has been drawn (a partner's tab opens on it), the others on first use. Fetched
// earlier, webpack's prefetch, it delayed the start by ~0.1 s (docs/performance.md).
const loadKontroll = () => import("./KontrollView");
const KontrollView = lazy(loadKontroll);
const IndikatorerView = lazy(() => import("./IndikatorerView"));
const RapportView = lazy(() => import("./RapportView"));

/**
 * The theme's values are on the page's :root already (webpack.config.js writes Fluent's web light theme into
 * taskpane.html and preview.html), so the pane's FluentProvider adds none and the theme stays out of the first
 * paint's JavaScript (issue 16).
 */
const THEME_ON_PAGE: Partial<Theme> = {};

export type View = "start" | "kontroll" | "indikatorer" | "rapport";
const VIEWS: readonly View[] = ["start", "kontroll", "indikatorer", "rapport"];

/**
 * Fluent's medium tabs need ~355 px (with the fonts of the browser tests), more than a pane
 * at Excel's narrowest (300 px); in a pane that narrow the tabs are Fluent's small ones,
 * with smaller text.
 * The pane's page is as wide as the pane, so the page's width tells.
 */
const NARROW = "(max-width: 340px)";

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window.matchMedia === "function" && window.matchMedia(NARROW).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(NARROW);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}

export function App({ host }: { host: PaneHost }) {
  return (
    <HostContext.Provider value={host}>
      <Providers host={host}>
        <Pane host={host} />
      </Providers>
    </HostContext.Provider>
  );
}

function Providers({ host, children }: { host: PaneHost; children: ReactNode }) {
  return (
    <FluentProvider theme={THEME_ON_PAGE} lang={host.language}>
      {children}
    </FluentProvider>
  );
}

function Pane({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { strings } = host;
  const overview = useOverview(host);
  const [view, setView] = useState<View>("start");
  const active = useActiveSheet(host);
  const narrow = useNarrow();
  const partner = usePartnerOf(overview.check?.register.partners ?? [], active);
  // "Visa alla flikar" leaves the partner view until the person switches tab.
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => setDismissed(null), [active]);
  const shownPartner = partner && partner.tab !== dismissed ? partner : null;

  const checked = overview.check !== null;
  useEffect(() => {
    if (checked) void loadKontroll();
  }, [checked]);

  // Open Kontroll when the person arrives on a partner's tab, not on every new check.
  const partnerTab = partner?.tab ?? null;
  useEffect(() => {
    if (partnerTab) setView("kontroll");
  }, [partnerTab]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
      </header>
      <PaneTabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
        aria-label={strings.tabsLabel}
        size={narrow ? "small" : "medium"}
      >
        {VIEWS.map((v) => (
          <PaneTab key={v} value={v} content={narrow ? { className: styles.narrowTab } : undefined} data-testid={`tab-${v}`}>
            {strings.tabs[v]}
          </PaneTab>
        ))}
      </PaneTabList>
      <main className={styles.main}>
        <div role="tabpanel" aria-label={strings.tabs[view]}>
          {view === "start" && <StartView overview={overview} />}
          <Suspense fallback={<ViewSpinner label={strings.loadingView} />}>
            {view === "kontroll" && (
              <KontrollView overview={overview} partner={shownPartner} onShowAll={() => setDismissed(partner?.tab ?? null)} />
            )}
            {view === "indikatorer" && <IndikatorerView overview={overview} />}
            {view === "rapport" && <RapportView overview={overview} />}
          </Suspense>
        </div>
      </main>
    </div>
  );
}
