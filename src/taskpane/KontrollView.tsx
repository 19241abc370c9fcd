/**
 * Kontroll: the whole register's findings, or, on a partner's tab, only that
 * tab's findings re-checked as the person types (PartnerCheck).
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { CountBadges } from "./CountBadges";
import { DoneBar, ErrorBar, Working } from "./Feedback";
import { FindingFilters } from "./FindingFilters";
import { FindingGroups } from "./FindingGroups";
import { filterFindings, newFilter, type FindingFilter } from "./finding-view";
import { useHost } from "./host";
import { PartnerCheck } from "./PartnerCheck";
import type { ActivePartner } from "./use-active-partner";
import type { Overview } from "./use-overview";
import { errorText, useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

export default function KontrollView({
  overview,
  partner,
  onShowAll,
}: {
  overview: Overview;
  partner: ActivePartner | null;
  onShowAll: () => void;
}) {
  if (partner) return <PartnerCheck partner={partner} overview={overview} onShowAll={onShowAll} />;
  return <WholeCheck overview={overview} />;
}

function WholeCheck({ overview }: { overview: Overview }) {
  const styles = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const [filter, setFilter] = useState<FindingFilter>(newFilter);
  const [written, setWritten] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const write = useTask(strings);
  const check = overview.check;
  const shown = check ? filterFindings(check.findings, filter) : [];

  const writeKontroll = async () => {
    setWritten(null);
    const stamp = overview.stamp();
    const out = await write.run(() => host.writeKontroll());
    if (!out) return;
    overview.accept(out.check, stamp);
    setWritten(out.sheet === "Kontroll" ? strings.kontrollWritten(out.sheet) : strings.kontrollRenamed(out.sheet));
  };

  return (
    <section className={styles.view} aria-labelledby="kontroll-heading">
      <h2 id="kontroll-heading" className={styles.heading}>
        {strings.kontrollHeading}
      </h2>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void overview.refresh()} disabledFocusable={overview.task.busy} data-testid="run-check">
          {strings.checkRegister}
        </Button>
      </div>
      {overview.task.busy && <Working label={strings.checking} />}
      <ErrorBar text={overview.task.error ?? selectError} />
      {!check && !overview.task.busy && <p className={styles.muted}>{strings.notChecked}</p>}
      {check && (
        <>
          <CountBadges counts={check.counts} />
          <FindingFilters filter={filter} onChange={setFilter} />
          {check.findings.length === 0 && <p className={styles.muted}>{strings.noFindings}</p>}
          {check.findings.length > 0 && shown.length === 0 && <p className={styles.muted}>{strings.noneMatch}</p>}
          <FindingGroups findings={shown} openAll={filter.text.trim() !== ""} onError={(e) => setSelectError(errorText(e, strings))} />
          <div className={styles.actions}>
            <Button onClick={() => void writeKontroll()} disabledFocusable={write.busy} data-testid="write-kontroll">
              {strings.writeKontroll}
            </Button>
          </div>
          {write.busy && <Working label={strings.writingKontroll} />}
          <ErrorBar text={write.error} />
          <DoneBar text={written} testId="kontroll-written" />
        </>
      )}
    </section>
  );
}
