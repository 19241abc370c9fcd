/**
 * Rapport (loaded on first visit): pick a tertial (default: the latest that
 * has ended), make its report or the final report, then go to it and copy
 * the kortversion.
 */
import { Button, Dropdown, Field, Link, MessageBar, MessageBarBody, Option, Text } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { defaultReportTertial } from "../app/default-tertial";
import type { ReportOutcome } from "../app/report";
import type { LogStatus } from "../core/report/log/log-status";
import { serialFromDate } from "../core/date";
import { periodLabel } from "../core/period";
import { pledgeTertials } from "../core/pledge-calendar";
import { CopyBox } from "./CopyBox";
import { ErrorBar, LiveRegion, Working } from "./Feedback";
import { ReportChangeDialog, useReportChangeQuestion } from "./ReportChangeDialog";
import { ReportLogSection } from "./ReportLogSection";
import { RemindersSection } from "./RemindersSection";
import PublishActions from "./PublishActions";
import { useHost } from "./host";
import type { Overview } from "./use-overview";
import { errorText, useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

// Nästa löfte loads on first use; its .xlsx writer only when a register is opened.
const NextPledgeView = lazy(() => import("./NextPledgeView"));
// Promises kept: a chunk of its own (the core's trends and figures), fetched when Rapport first draws.
const PromisesView = lazy(() => import("./PromisesView"));

export default function RapportView({ overview }: { overview: Overview }) {
  const styles = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const task = useTask(strings);
  const pledge = overview.check?.register.pledge ?? null;
  const tertials = useMemo(() => (pledge ? pledgeTertials(pledge) : []), [pledge]);
  const fallback = pledge ? defaultReportTertial(pledge, serialFromDate(host.now())) : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const label = chosen ?? (fallback ? periodLabel(fallback) : "");
  const tertial = tertials.find((t) => periodLabel(t) === label) ?? null;
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [goError, setGoError] = useState<string | null>(null);
  const { question, ask } = useReportChangeQuestion();
  const [showNext, setShowNext] = useState(false);
  const logTask = useTask(strings);
  // undefined until read; null when the workbook has no log yet.
  const [log, setLog] = useState<LogStatus | null | undefined>(undefined);
  const { stamp, accept } = overview;
  const runLog = logTask.run;
  // The log's read is a whole check too: it renews the pane's picture of the workbook.
  const loadLog = useCallback(async () => {
    const at = stamp();
    const out = await runLog(() => host.reportLog());
    if (!out) return;
    setLog(out.log);
    accept(out.check, at);
  }, [host, runLog, stamp, accept]);
  useEffect(() => {
    void loadLog();
  }, [loadLog]);

  const make = async (work: () => Promise<ReportOutcome>) => {
    setOutcome(null);
    const out = await task.run(work);
    if (!out) return;
    setOutcome(out);
    // The report changed the log; reading it again renews the pane's picture of the workbook too.
    void loadLog();
  };

  return (
    <section className={styles.view} aria-labelledby="report-heading">
      <h2 id="report-heading" className={styles.heading}>
        {strings.reportHeading}
      </h2>
      {!pledge && overview.check && <p className={styles.muted}>{strings.noPledgeForReport}</p>}
      {pledge && (
        <>
          <Field label={strings.tertialLabel}>
            <Dropdown
              value={label}
              selectedOptions={[label]}
              onOptionSelect={(_, d) => d.optionValue && setChosen(d.optionValue)}
              data-testid="tertial"
            >
              {tertials.map((t) => (
                <Option key={periodLabel(t)} value={periodLabel(t)}>
                  {periodLabel(t)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={styles.actions}>
            {/* disabledFocusable while busy: a disabled button drops keyboard focus to <body>. */}
            <Button
              appearance="primary"
              disabled={!tertial}
              disabledFocusable={task.busy}
              onClick={() => tertial && void make(() => host.makeTertialReport(tertial, ask))}
              data-testid="make-tertial"
            >
              {strings.makeTertialReport}
            </Button>
            <Button disabledFocusable={task.busy} onClick={() => void make(() => host.makeFinalReport(ask))} data-testid="make-final">
              {strings.makeFinalReport}
            </Button>
            <Button appearance="subtle" disabled={showNext} onClick={() => setShowNext(true)} data-testid="show-next-pledge">
              {strings.nextPledge.show}
            </Button>
          </div>
        </>
      )}
      {pledge && showNext && (
        <Suspense fallback={<Working label={strings.loadingView} spinner />}>
          <NextPledgeView old={pledge} checkedAt={overview.checkedAt} />
        </Suspense>
      )}
      {task.busy && <Working label={strings.makingReport} />}
      <ReportChangeDialog question={question} />
      <ErrorBar text={task.error ?? goError} />
      <LiveRegion testId="report-status">
        {outcome && (
          <MessageBar intent="success" layout={outcome.wantedName || outcome.kontrollSheet || outcome.change ? "multiline" : "auto"}>
            <MessageBarBody>
              <div data-testid="report-done">{strings.reportDone(outcome.sheet)}</div>
              {/* Own lines: "Klart: fliken Rapport T2 2025" ends without a full stop. */}
              {outcome.wantedName && <div>{strings.reportRenamed(outcome.wantedName, outcome.sheet)}</div>}
              {outcome.change && (outcome.changeChoice === "replace" || outcome.change.previous.sheet) && (
                <div data-testid="report-change-done">
                  {outcome.changeChoice === "replace"
                    ? strings.replacedReport(outcome.sheet)
                    : strings.keptBoth(outcome.change.previous.sheet)}
                </div>
              )}
              {outcome.kontrollSheet && (
                <div>
                  {outcome.kontrollWantedName
                    ? strings.kontrollRenamed(outcome.kontrollSheet)
                    : strings.kontrollAlso(outcome.kontrollSheet)}
                </div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
      {outcome && (
        <>
          <div className={styles.actions}>
            <Link
              as="button"
              onClick={() => host.selectCell(outcome.sheet, "A1").catch((e) => setGoError(errorText(e, strings)))}
              data-testid="go-to-report"
            >
              {strings.goToSheet(outcome.sheet)}
            </Link>
          </div>
          <CopyBox label={strings.kortversion} text={outcome.kortversion} />
          <Text size={200} className={styles.muted} data-testid="fingerprint">
            {strings.fingerprint(outcome.fingerprint)}
          </Text>
          <PublishActions outcome={outcome} />
        </>
      )}
      {pledge && (
        <Suspense fallback={<Working label={strings.loadingView} spinner />}>
          <PromisesView overview={overview} tertial={tertial} />
        </Suspense>
      )}
      {pledge && <RemindersSection tertial={tertial} />}
      {log === undefined && logTask.busy && <Working label={strings.loadingLog} spinner />}
      <ErrorBar text={logTask.error} />
      {log !== undefined && <ReportLogSection log={log} />}
    </section>
  );
}
