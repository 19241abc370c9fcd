/**
 * Promises kept, in the Rapport view (loaded on first visit, as a chunk of its
 * own): for the chosen tertial, or the whole pledge as the Slutrapport judges it
 * (a choice beside the tertial), each measure's verdict at a glance (it begins
 * with the measure's status), then who is responsible, what was done (activities, occasions,
 * participants) and the indicators it should move, with their status. The rows
 * are the core's `promisesKept`, the same the reports print, made from the
 * pane's latest whole check; nothing is computed here.
 */
import { makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isoFromSerial } from "../core/date";
import { periodLabel, type TertialPeriod } from "../core/period";
import { promisesKept, type PromiseScope, type VerdictTone } from "../core/report/model/promises-kept";
import { useHost } from "./host";
import { promiseLines } from "./promise-lines";
import type { Overview } from "./use-overview";
import { useViewStyles } from "./view-styles";

const useStyles = makeStyles({
  items: { display: "flex", flexDirection: "column", gap: "10px", marginTop: "4px" },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px", display: "flex", flexDirection: "column", gap: "2px" },
  good: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  attention: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  bad: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  neutral: { borderLeftColor: tokens.colorNeutralStroke1 },
  title: { fontWeight: tokens.fontWeightSemibold, margin: "0" },
  verdict: { margin: "0", fontWeight: tokens.fontWeightSemibold },
  markgood: { color: tokens.colorPaletteGreenForeground1 },
  markattention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  markbad: { color: tokens.colorPaletteRedForeground1 },
  markneutral: { color: tokens.colorNeutralForeground2 },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** Decoration beside the verdict: its words carry the meaning without colour. */
const MARK: Record<VerdictTone, string> = { good: "✓", attention: "!", bad: "✗", neutral: "–" };

export default function PromisesView({ overview, tertial }: { overview: Overview; tertial: TertialPeriod | null }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { strings } = useHost();
  const register = overview.check?.register ?? null;
  const pledge = register?.pledge ?? null;
  const label = tertial ? periodLabel(tertial) : "";
  // The one tertial (the report's), or the whole pledge as the Slutrapport judges it; the core's rows either way.
  const [chosen, setChosen] = useState<PromiseScope>("tertial");
  const scope: PromiseScope = chosen === "pledge" && pledge ? "pledge" : "tertial";
  const rows = useMemo(
    () =>
      register && tertial
        ? promisesKept(register, scope === "pledge" ? "pledge" : tertial).map((r) => promiseLines(r, strings, scope))
        : null,
    // The tertial by its label: the view makes a new object for the same tertial on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [register, label, strings, scope],
  );
  if (!rows || !tertial) return null;
  return (
    <section aria-labelledby="promises-heading" data-testid="promises" data-tertial={scope === "pledge" ? "" : label} data-scope={scope}>
      <h3 id="promises-heading" className={view.subheading}>
        {scope === "pledge" ? strings.promisesHeadingPledge : strings.promisesHeading(label)}
      </h3>
      {pledge && (
        <RadioGroup
          layout="horizontal"
          aria-label={strings.promisesScopeLabel}
          value={scope}
          onChange={(_, d) => setChosen(d.value === "pledge" ? "pledge" : "tertial")}
          data-testid="promises-scope"
        >
          <Radio value="tertial" label={label} data-testid="promises-scope-tertial" />
          <Radio value="pledge" label={strings.promisesScopePledge} data-testid="promises-scope-pledge" />
        </RadioGroup>
      )}
      <p className={view.small}>
        {scope === "pledge" && pledge
          ? strings.promisesIntroPledge(isoFromSerial(pledge.validFrom), isoFromSerial(pledge.validTo))
          : strings.promisesIntro(label)}
      </p>
      {rows.length === 0 ? (
        <p className={view.muted} data-testid="promises-empty">
          {strings.noMeasures}
        </p>
      ) : (
        <ul className={`${view.list} ${styles.items}`}>
          {rows.map((r) => (
            <li
              key={r.id}
              className={`${styles.item} ${styles[r.tone]}`}
              data-testid="promise"
              data-measure={r.id}
              data-tone={r.tone}
              data-status={r.status ?? ""}
            >
              <h4 className={`${view.small} ${styles.title}`}>{r.title}</h4>
              <p className={`${view.small} ${styles.verdict}`} data-testid="promise-verdict">
                <span aria-hidden="true" className={styles[`mark${r.tone}`]}>
                  {MARK[r.tone]}{" "}
                </span>
                {r.verdict}
              </p>
              <p className={`${view.small} ${styles.detail}`} data-testid="promise-responsible">
                {r.responsible}
              </p>
              <p className={`${view.small} ${styles.detail}`} data-testid="promise-done">
                {r.done}
              </p>
              <p className={`${view.small} ${styles.detail}`} data-testid="promise-indicators">
                {r.indicators}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
