/**
 * A partner's own tab, checked as they type: "Rad 7: Skriv datumet som 2025-03-14".
 * The findings shown are the overview's for the tab, which each re-check updates.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { countFindings } from "../core/findings";
import { CountBadges } from "./CountBadges";
import { ErrorBar } from "./Feedback";
import { FindingButton } from "./FindingButton";
import { FindingFilters } from "./FindingFilters";
import { filterFindings, newFilter, rowOf, type FindingFilter } from "./finding-view";
import { useHost } from "./host";
import type { ActivePartner } from "./use-active-partner";
import { clockTime, type Overview } from "./use-overview";
import { useTabCheck } from "./use-tab-check";
import { errorText } from "./use-task";
import { useViewStyles } from "./view-styles";

export function PartnerCheck({ partner, overview, onShowAll }: { partner: ActivePartner; overview: Overview; onShowAll: () => void }) {
  const styles = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const state = useTabCheck(host, partner.tab, overview);
  const [filter, setFilter] = useState<FindingFilter>(newFilter);
  const [selectError, setSelectError] = useState<string | null>(null);
  const known = state.checked ? overview.findingsOf(partner.tab) : null;
  const findings = known ?? [];
  const shown = filterFindings(findings, filter);

  return (
    <section className={styles.view} aria-labelledby="partner-heading" data-testid="partner-view" data-tab={partner.tab}>
      <h2 id="partner-heading" className={styles.heading}>
        {strings.partnerHeading(partner.name)}
      </h2>
      <p className={styles.muted}>{strings.partnerHint(partner.tab)}</p>
      <p className={styles.small} role="status" aria-live="polite" data-testid="partner-status">
        {state.checking
          ? strings.partnerChecking
          : state.checkedAt
            ? strings.partnerChecked(clockTime(state.checkedAt, host.language))
            : ""}
      </p>
      <ErrorBar text={state.error ?? selectError} />
      {known && (
        <>
          <CountBadges counts={countFindings(findings)} />
          {findings.length > 0 && <FindingFilters filter={filter} onChange={setFilter} />}
          {findings.length === 0 && <p className={styles.muted}>{strings.partnerClean}</p>}
          {findings.length > 0 && shown.length === 0 && <p className={styles.muted}>{strings.noneMatch}</p>}
          <ul className={styles.list}>
            {shown.map((f, i) => {
              const row = rowOf(f);
              return (
                <li key={`${f.code}-${f.cell ?? ""}-${i}`}>
                  <FindingButton
                    finding={f}
                    label={row === null ? f.message : strings.rowLine(row, f.message)}
                    onError={(e) => setSelectError(errorText(e, strings))}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={onShowAll} data-testid="show-all">
          {strings.showAllTabs}
        </Button>
      </div>
    </section>
  );
}
