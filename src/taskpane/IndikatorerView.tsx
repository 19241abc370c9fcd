/** Indikatorer (loaded on first visit): one card per indicator for the latest completed tertial. */
import { useEffect, useState } from "react";
import { defaultReportTertial } from "../app/default-tertial";
import type { TrendsOutcome } from "../app/trends";
import { serialFromDate } from "../core/date";
import { periodLabel } from "../core/period";
import { ErrorBar, Working } from "./Feedback";
import { useHost } from "./host";
import { IndicatorCard } from "./IndicatorCard";
import type { Overview } from "./use-overview";
import { useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

export default function IndikatorerView({ overview }: { overview: Overview }) {
  const styles = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const task = useTask(strings);
  const [outcome, setOutcome] = useState<TrendsOutcome | null>(null);
  const pledge = overview.check?.register.pledge ?? null;
  const tertial = pledge ? defaultReportTertial(pledge, serialFromDate(host.now())) : null;
  const label = tertial ? periodLabel(tertial) : "";

  useEffect(() => {
    if (!tertial) return;
    void task.run(() => host.trends(tertial)).then((out) => out !== undefined && setOutcome(out));
    // Again when the workbook was checked again or the tertial changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, label, overview.checkedAt]);

  const indicators = outcome?.trends.indicators ?? [];
  return (
    <section className={styles.view} aria-labelledby="indicators-heading">
      <h2 id="indicators-heading" className={styles.heading}>
        {strings.indicatorsHeading(label)}
      </h2>
      <p className={styles.muted}>{strings.indicatorsIntro}</p>
      {!pledge && overview.check && <p className={styles.muted}>{strings.noPledgeForReport}</p>}
      {task.busy && <Working label={strings.loadingIndicators} />}
      <ErrorBar text={task.error} />
      {outcome && indicators.length === 0 && <p className={styles.muted}>{strings.noIndicators}</p>}
      {indicators.map((t) => (
        <IndicatorCard key={t.id} trend={t} />
      ))}
    </section>
  );
}
