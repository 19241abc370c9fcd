/**
 * Nästa löfte (in Rapport, loaded on first use): the dates of the next pledge
 * (by default the day after the old one, for as many whole years), what the
 * new register carries over (as `pledge next` prints it), and "Öppna i ny
 * arbetsbok", which opens that register in a new workbook. This workbook is
 * only read. The dates are typed as the register writes them (2026-01-01), not in a
 * date picker, whose format follows the browser's language (01/01/2026 in an English one).
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useMemo, useState, type ReactNode } from "react";
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

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  carried: { display: "flex", flexDirection: "column", gap: "4px" },
  lead: { fontWeight: tokens.fontWeightSemibold },
  baselines: { margin: "0", paddingLeft: "1.2em" },
  whole: { whiteSpace: "nowrap" },
});

/** Dates (2025-12-31) and periods (T3 2025) never broken over two lines, as a reader takes them in at once. */
function unbroken(text: string, className: string): ReactNode {
  return text.split(/(\d{4}-\d{2}-\d{2}|T[123] \d{4})/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className={className}>
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

export default function NextPledgeView({ old, checkedAt }: { old: Validity; checkedAt: Date | null }) {
  const styles = useViewStyles();
  const own = useStyles();
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
    <section aria-labelledby="next-pledge-heading" data-testid="next-pledge" className={own.section}>
      <h3 id="next-pledge-heading" className={styles.subheading}>
        {t.heading}
      </h3>
      <p className={styles.small}>{unbroken(t.intro(isoFromSerial(oldFrom), isoFromSerial(oldTo)), own.whole)}</p>
      <DateField label={t.fromLabel} value={from} onChange={setFrom} placeholder={t.datePlaceholder} testId="next-from" />
      <DateField
        label={t.toLabel}
        value={to}
        onChange={setTo}
        placeholder={t.datePlaceholder}
        testId="next-to"
        problem={"problem" in dates ? <span data-testid="next-dates-problem">{dates.problem}</span> : undefined}
      />
      {planTask.busy && <Working label={t.reading} spinner />}
      <ErrorBar text={planTask.error} />
      {lines && (
        <div data-testid="next-carried" className={own.carried}>
          <p className={`${styles.small} ${own.lead}`}>{lines.carried}</p>
          <p className={styles.small}>{t.baselinesIntro}</p>
          <ul className={`${styles.small} ${own.baselines}`}>
            {lines.baselines.map((line, i) => (
              <li key={plan!.baselines[i]!.id} data-testid="next-baseline">
                {unbroken(line, own.whole)}
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

/** A date typed as text (ÅÅÅÅ-MM-DD): a date picker would follow the browser's language, not the pane's. */
function DateField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  testId: string;
  problem?: JSX.Element;
}): JSX.Element {
  return (
    <Field label={props.label} validationState={props.problem ? "error" : "none"} validationMessage={props.problem}>
      <Input
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        data-testid={props.testId}
      />
    </Field>
  );
}
