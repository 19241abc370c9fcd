/**
 * The Rapportlogg in the Rapport view: per period, whether its latest report
 * still matches the data ("Stämmer med underlaget" or what changed since),
 * and every version made (Flik, Skapad, Data, Rader, Utelämnade).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LogStatus } from "../core/report/log/log-status";
import { useHost } from "./host";
import { useViewStyles } from "./view-styles";

const useStyles = makeStyles({
  periods: { display: "flex", flexDirection: "column", gap: "12px", marginTop: "8px" },
  versions: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "4px" },
  period: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px" },
  matches: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  changed: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  name: { fontWeight: tokens.fontWeightSemibold, margin: "0" },
  status: { margin: "0" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  version: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
});

export function ReportLogSection({ log }: { log: LogStatus | null }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { strings } = useHost();
  return (
    <section aria-labelledby="log-heading" data-testid="report-log">
      <h3 id="log-heading" className={view.subheading}>
        {strings.logHeading}
      </h3>
      {!log || log.periods.length === 0 ? (
        <p className={view.muted} data-testid="log-empty">
          {strings.logEmpty}
        </p>
      ) : (
        <>
          <p className={view.small}>{strings.logIntro}</p>
          <ul className={`${view.list} ${styles.periods}`}>
            {log.periods.map((p) => (
              <li
                key={p.period}
                className={`${styles.period} ${p.change ? styles.changed : styles.matches}`}
                data-testid="log-period"
                data-period={p.period}
                data-matches={p.change ? "false" : "true"}
              >
                <p className={styles.name}>{strings.logPeriod(p.period)}</p>
                <p className={styles.status} data-testid="log-status">
                  {/* The mark is decoration: the words say it. */}
                  <span aria-hidden="true" className={p.change ? styles.warn : styles.ok}>
                    {p.change ? "! " : "✓ "}
                  </span>
                  {p.change ? strings.logChanged(p.change.previous.created, p.change.tabs) : strings.logMatches}
                </p>
                <ul className={`${view.list} ${styles.versions}`}>
                  {p.versions.map((v, i) => (
                    <li key={i} className={styles.version} data-testid="log-version">
                      {strings.logVersion(v)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
