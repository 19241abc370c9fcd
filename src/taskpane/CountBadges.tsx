/**
 * "Fel 7 · Varningar 12 · Info 3" as badges, with one sentence for screen
 * readers. A count of zero is a quiet outline: a bright yellow "Varningar 0"
 * drew the eye to nothing.
 */
import { Badge, makeStyles } from "@fluentui/react-components";
import type { FindingCounts, Severity } from "../core/findings";
import { useHost } from "./host";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "8px 0", listStyleType: "none", padding: "0" },
});

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<Severity, string>;
const ORDER: Severity[] = ["error", "warning", "info"];

export function CountBadges({ counts }: { counts: FindingCounts }) {
  const styles = useStyles();
  const { strings } = useHost();
  return (
    <ul className={styles.row} aria-label={strings.countsLabel(counts.error, counts.warning, counts.info)} data-testid="counts">
      {ORDER.map((severity) => (
        <li key={severity}>
          <Badge
            color={counts[severity] > 0 ? COLORS[severity] : "informative"}
            appearance={counts[severity] > 0 ? "filled" : "outline"}
            size="large"
            data-testid={`count-${severity}`}
          >
            {strings.severityPlural[severity]} {counts[severity]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
