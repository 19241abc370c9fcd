/** Severity check boxes and a text filter over the findings. */
import { Checkbox, Field, Input, Label, makeStyles, useId } from "@fluentui/react-components";
import type { Severity } from "../core/findings";
import { ALL_SEVERITIES, type FindingFilter } from "./finding-view";
import { useHost } from "./host";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "6px", margin: "4px 0" },
  // Check boxes rather than toggle buttons: a grey "on" toggle looked like a disabled button.
  toggles: { display: "flex", columnGap: "4px", flexWrap: "wrap", marginLeft: "-8px" },
});

export function FindingFilters({ filter, onChange }: { filter: FindingFilter; onChange: (f: FindingFilter) => void }) {
  const styles = useStyles();
  const { strings } = useHost();
  const labelId = useId("severity-filter");
  const toggle = (s: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onChange({ ...filter, severities: next });
  };
  return (
    <div className={styles.box}>
      <div role="group" aria-labelledby={labelId}>
        <Label id={labelId}>{strings.severityFilterLabel}</Label>
        <div className={styles.toggles}>
          {ALL_SEVERITIES.map((s) => (
            <Checkbox
              key={s}
              label={strings.severityPlural[s]}
              checked={filter.severities.has(s)}
              onChange={() => toggle(s)}
              data-testid={`filter-${s}`}
            />
          ))}
        </div>
      </div>
      <Field label={strings.textFilterLabel}>
        <Input
          type="search"
          value={filter.text}
          placeholder={strings.textFilterPlaceholder}
          onChange={(_, d) => onChange({ ...filter, text: d.value })}
          data-testid="filter-text"
        />
      </Field>
    </div>
  );
}
