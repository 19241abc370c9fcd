/** "Fel 7 · Varningar 12 · Info 3" as badges, with one sentence for screen readers. */
import { Badge, makeStyles } from "@fluentui/react-components";
import type { FindingCounts } from "../core/findings";
import { useHost } from "./host";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "6px", margin: "8px 0", listStyleType: "none", padding: "0" },
});

export function CountBadges({ counts }: { counts: FindingCounts }) {
  const styles = useStyles();
  const { strings } = useHost();
  return (
    <ul className={styles.row} aria-label={strings.countsLabel(counts.error, counts.warning, counts.info)} data-testid="counts">
      <li>
        <Badge color="danger" appearance="filled" size="large" data-testid="count-error">
          {strings.severityPlural.error} {counts.error}
        </Badge>
      </li>
      <li>
        <Badge color="warning" appearance="filled" size="large" data-testid="count-warning">
          {strings.severityPlural.warning} {counts.warning}
        </Badge>
      </li>
      <li>
        <Badge color="informative" appearance="filled" size="large" data-testid="count-info">
          {strings.severityPlural.info} {counts.info}
        </Badge>
      </li>
    </ul>
  );
}
