/**
 * Start: what this workbook holds (pledge, validity, partners, where today
 * stands in the pledge, the latest check), or an offer to create a register
 * in an empty workbook.
 */
import { lazy, Suspense, useState } from "react";
import { isoFromSerial, serialFromDate } from "../core/date";
import { pledgePhase } from "../core/pledge-calendar";
import { useHost } from "./host";
import { useStartStyles as useStyles } from "./start-styles";
import { pledgePhaseLines } from "./pledge-phase";
// Not Fluent's bars, badges and buttons themselves: they load as their own chunks (issue 16).
import { CountBadges, DoneBar, ErrorBar, StartButton as Button, Working } from "./start-feedback";
import { clockTime, isNotRegister, type Overview } from "./use-overview";
import { useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

// Only once the pledge has ended, and only when asked for: not on Start's first paint (issue 16).
const NextPledgeView = lazy(() => import("./NextPledgeView"));

export function StartView({ overview }: { overview: Overview }) {
  const view = useViewStyles();
  const styles = useStyles();
  const host = useHost();
  const { strings } = host;
  const action = useTask(strings);
  const [done, setDone] = useState<string | null>(null);
  const [showNext, setShowNext] = useState(false);
  const check = overview.check;
  // Until the check is done, what the read showed of the pledge (the same as the check then gives).
  const facts = check ? { pledge: check.register.pledge, notRegister: isNotRegister(check) } : overview.facts;
  const pledge = facts?.pledge ?? null;
  const phase = pledge ? pledgePhase(pledge, serialFromDate(host.now())) : null;

  const act = async (work: () => Promise<string[]>, say: (names: string[]) => string) => {
    setDone(null);
    const names = await action.run(work);
    if (!names) return;
    setDone(say(names));
    await overview.refresh();
  };

  return (
    <section className={view.view} aria-labelledby="start-heading">
      <h2 id="start-heading" className={view.heading}>
        {strings.startHeading}
      </h2>
      {overview.task.busy && !check && <Working label={strings.readingWorkbook} />}
      <ErrorBar text={overview.task.error} />
      {isNotRegister(check) && (
        <>
          <p className={view.muted} data-testid="not-register">
            {strings.notRegister}
          </p>
          <div className={view.actions}>
            <Button
              appearance="primary"
              disabledFocusable={action.busy}
              onClick={() => void act(() => host.createRegister(), strings.registerCreated)}
            >
              {strings.createRegister}
            </Button>
          </div>
        </>
      )}
      {facts && !facts.notRegister && (
        <>
          <p className={styles.pledge} data-testid="pledge-name">
            {pledge?.name ?? strings.noPledgeName}
          </p>
          <ul className={styles.facts}>
            {pledge && <li>{strings.validity(isoFromSerial(pledge.validFrom), isoFromSerial(pledge.validTo))}</li>}
            {check && <li data-testid="partner-count">{strings.partnerCount(check.register.partners.length)}</li>}
            {phase &&
              pledgePhaseLines(phase, strings).map((line) => (
                <li key={line} data-testid="pledge-phase">
                  {line}
                </li>
              ))}
            {check && overview.checkedAt && <li>{strings.lastCheck(clockTime(overview.checkedAt, host.language))}</li>}
          </ul>
        </>
      )}
      {/* The partner count, the counts and the actions wait for the check (a refresh after an action needs it done). */}
      {check && !isNotRegister(check) && (
        <>
          <CountBadges counts={check.counts} />
          <div className={view.actions}>
            <Button
              disabledFocusable={action.busy}
              onClick={() =>
                void act(
                  () => host.addPartnerTabs(),
                  (t) => (t.length ? strings.tabsAdded(t) : strings.noTabsMissing),
                )
              }
            >
              {strings.addPartnerTabs}
            </Button>
            <Button appearance="subtle" disabledFocusable={overview.task.busy} onClick={() => void overview.refresh()}>
              {strings.readAgain}
            </Button>
            {phase?.kind === "after" && !showNext && (
              // A wrapper names it for the tests: Start's deferred button takes no test id.
              <span data-testid="start-next-pledge">
                <Button appearance="subtle" onClick={() => setShowNext(true)}>
                  {strings.nextPledge.show}
                </Button>
              </span>
            )}
          </div>
          {pledge && showNext && phase?.kind === "after" && (
            <Suspense fallback={<Working label={strings.loadingView} />}>
              <NextPledgeView old={pledge} checkedAt={overview.checkedAt} />
            </Suspense>
          )}
        </>
      )}
      {action.busy && <Working label={strings.working} />}
      <ErrorBar text={action.error} />
      <DoneBar text={done} testId="start-done" />
    </section>
  );
}
