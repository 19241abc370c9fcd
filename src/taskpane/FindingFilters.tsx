/** Severity toggles and a text filter over the findings. */
import { Field, Input, ToggleButton, makeStyles } from "@fluentui/react-components";
import type { Severity } from "../core/findings";
import { ALL_SEVERITIES, type FindingFilter } from "./finding-view";
import { useHost } from "./host";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "6px", margin: "8px 0" },
  toggles: { display: "flex", gap: "4px", flexWrap: "wrap" },
});

export function FindingFilters({ filter, onChange }: { filter: FindingFilter; onChange: (f: FindingFilter) => void }) {
  const styles = useStyles();
  const { strings } = useHost();
  const toggle = (s: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onChange({ ...filter, severities: next });
  };
  return (
    <div className={styles.box}>
      <div role="group" aria-label={strings.severityFilterLabel} className={styles.toggles}>
        {ALL_SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={filter.severities.has(s)} onClick={() => toggle(s)} data-testid={`filter-${s}`}>
            {strings.severityPlural[s]}
          </ToggleButton>
        ))}
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
