/**
 * Nästa löfte (in Rapport, loaded on first use): the dates of the next pledge
 * (by default the day after the old one, for as many whole years), what the
 * new register carries over (as `pledge next` prints it), and "Öppna i ny
 * arbetsbok", which opens that register in a new workbook. This workbook is
 * only read.
 */
import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { defaultNextValidity, nextDatesProblem, type NextPledgeOpened } from "../app/next-pledge";
import { isoFromSerial, serialFromIso } from "../core/date";
import type { Validity } from "../core/pledge-calendar";
import { ErrorBar, LiveRegion, Working } from "./Feedback";
import { formatNumber } from "./format-value";
import { useHost } from "./host";
import type { Strings } from "./strings";
import { useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

/** The dates as typed, or what is wrong with them, in the pane's words. */
export function nextDates(from: string, to: string, old: Validity, strings: Strings): { next: Validity } | { problem: string } {
  const t = strings.nextPledge;
  const validFrom = serialFromIso(from);
  if (validFrom === null) return { problem: t.notADate(t.fromLabel) };
  const validTo = serialFromIso(to);
  if (validTo === null) return { problem: t.notADate(t.toLabel) };
  const next = { validFrom, validTo };
  const problem = nextDatesProblem(next, old);
  return problem ? { problem: t.problem(problem) } : { next };
}

/** What the new register carries over, line by line. */
export function carriedLines(plan: NextPledgeOpened, strings: Strings): { carried: string; baselines: string[]; errors: string | null } {
  const t = strings.nextPledge;
  return {
    carried: t.carried(plan.counts),
    baselines: plan.baselines.map((b) =>
      t.baseline(b, typeof b.value === "number" ? formatNumber(b.value, strings.language) : b.value === null ? t.noValue : String(b.value)),
    ),
    errors: plan.errors > 0 ? t.errors(plan.errors) : null,
  };
}

export default function NextPledgeView({ old, checkedAt }: { old: Validity; checkedAt: Date | null }) {
  const styles = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const t = strings.nextPledge;
  const { validFrom: oldFrom, validTo: oldTo } = old;
  const defaults = useMemo(() => defaultNextValidity({ validFrom: oldFrom, validTo: oldTo }), [oldFrom, oldTo]);
  const [from, setFrom] = useState(isoFromSerial(defaults.validFrom));
  const [to, setTo] = useState(isoFromSerial(defaults.validTo));
  const planTask = useTask(strings);
  const openTask = useTask(strings);
  const [plan, setPlan] = useState<NextPledgeOpened | null>(null);
  const [opened, setOpened] = useState<{ from: string; to: string } | null>(null);
  const dates = nextDates(from, to, { validFrom: oldFrom, validTo: oldTo }, strings);

  // What is carried over does not hang on the new dates: read once, and again after a new check.
  const runPlan = planTask.run;
  useEffect(() => {
    void runPlan(() => host.planNextPledge(defaults)).then((out) => out !== undefined && setPlan(out));
  }, [host, runPlan, defaults, checkedAt]);

  const open = async () => {
    if (!("next" in dates)) return;
    setOpened(null);
    const out = await openTask.run(() => host.openNextPledge(dates.next));
    if (!out) return;
    setPlan(out);
    setOpened({ from: isoFromSerial(dates.next.validFrom), to: isoFromSerial(dates.next.validTo) });
  };
  const lines = plan ? carriedLines(plan, strings) : null;

  return (
    <section aria-labelledby="next-pledge-heading" data-testid="next-pledge">
      <h3 id="next-pledge-heading" className={styles.subheading}>
        {t.heading}
      </h3>
      <p className={styles.small}>{t.intro(isoFromSerial(oldFrom), isoFromSerial(oldTo))}</p>
      <Field label={t.fromLabel}>
        <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} data-testid="next-from" />
      </Field>
      <Field
        label={t.toLabel}
        validationState={"problem" in dates ? "error" : "none"}
        validationMessage={"problem" in dates ? <span data-testid="next-dates-problem">{dates.problem}</span> : undefined}
      >
        <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} data-testid="next-to" />
      </Field>
      {planTask.busy && <Working label={t.reading} spinner />}
      <ErrorBar text={planTask.error} />
      {lines && (
        <div data-testid="next-carried">
          <p className={styles.muted}>{lines.carried}</p>
          <p className={styles.small}>{t.baselinesIntro}</p>
          <ul className={styles.small}>
            {lines.baselines.map((line, i) => (
              <li key={plan!.baselines[i]!.id} data-testid="next-baseline">
                {line}
              </li>
            ))}
          </ul>
          {lines.errors && <p className={styles.small}>{lines.errors}</p>}
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!("next" in dates)}
          disabledFocusable={openTask.busy}
          onClick={() => void open()}
          data-testid="open-next-pledge"
        >
          {t.open}
        </Button>
      </div>
      {openTask.busy && <Working label={t.opening} />}
      <ErrorBar text={openTask.error} />
      <LiveRegion testId="next-pledge-status">
        {opened && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <div data-testid="next-pledge-done">{t.opened(opened.from, opened.to)}</div>
              <div>{t.checkAfter}</div>
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
    </section>
  );
}
