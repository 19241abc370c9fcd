/**
 * Reminders in the Rapport view: for the chosen tertial, each partner missing
 * something, what it is, the ready Swedish text to copy and a `mailto:` link
 * to `Parter.Kontakt` (none without a contact, and the pane says so). Read on
 * demand: one read of the workbook per click.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { serialFromDate } from "../core/date";
import { periodLabel, type TertialPeriod } from "../core/period";
import { mailtoLink, type Reminders } from "../core/reminders/reminders";
import { CopyBox } from "./CopyBox";
import { ErrorBar, LiveRegion, Working } from "./Feedback";
import { useHost } from "./host";
import { useTask } from "./use-task";
import { useViewStyles } from "./view-styles";

const useStyles = makeStyles({
  items: { display: "flex", flexDirection: "column", gap: "12px" },
  item: { display: "flex", flexDirection: "column", gap: "2px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  mail: { wordBreak: "break-all" },
  name: { fontWeight: tokens.fontWeightSemibold, margin: "0" },
  note: { color: tokens.colorPaletteDarkOrangeForeground1, margin: "0" },
});

export function RemindersSection({ tertial }: { tertial: TertialPeriod | null }) {
  const styles = useStyles();
  const view = useViewStyles();
  const host = useHost();
  const { strings } = host;
  const task = useTask(strings);
  const [shown, setShown] = useState<Reminders | null | undefined>(undefined);
  const label = tertial ? periodLabel(tertial) : "";
  // A list made for another tertial is not this one's.
  useEffect(() => setShown(undefined), [label]);

  const load = async () => {
    if (!tertial) return;
    const out = await task.run(() => host.reminders(tertial));
    if (out !== undefined) setShown(out);
  };

  return (
    <section aria-labelledby="reminders-heading" data-testid="reminders">
      <h3 id="reminders-heading" className={view.subheading}>
        {strings.remindersHeading}
      </h3>
      {tertial && <p className={view.small}>{strings.remindersIntro(label)}</p>}
      <div className={view.actions}>
        <Button disabled={!tertial} disabledFocusable={task.busy} onClick={() => void load()} data-testid="show-reminders">
          {strings.showReminders(label)}
        </Button>
      </div>
      {task.busy && <Working label={strings.loadingReminders} spinner />}
      <ErrorBar text={task.error} />
      <LiveRegion testId="reminders-status">
        {shown && (
          <p className={view.muted}>
            {strings.remindersDue(periodLabel(shown.tertial), shown.due, shown.due < serialFromDate(host.now()))}{" "}
            {shown.reminders.length === 0
              ? strings.noReminders(periodLabel(shown.tertial))
              : strings.remindersCount(shown.reminders.length)}
          </p>
        )}
      </LiveRegion>
      {shown && shown.reminders.length > 0 && (
        <ul className={`${view.list} ${styles.items}`}>
          {shown.reminders.map((r) => {
            const href = mailtoLink(r);
            return (
              <li key={r.partner} className={styles.item} data-testid="reminder" data-partner={r.partner}>
                <h4 className={styles.name}>{r.name}</h4>
                <p className={view.small} data-testid="reminder-missing">
                  {strings.reminderMissing(r)}
                </p>
                {!r.tabExists && <p className={`${view.small} ${styles.note}`}>{strings.reminderNoTab(r.tab)}</p>}
                {href && r.contact ? (
                  <Link href={href} className={styles.mail} data-testid="reminder-mailto">
                    {strings.reminderMail(r.contact)}
                  </Link>
                ) : (
                  <p className={`${view.small} ${styles.note}`} data-testid="reminder-no-contact">
                    {strings.reminderNoContact}
                  </p>
                )}
                <Accordion collapsible>
                  <AccordionItem value="text">
                    <AccordionHeader size="small" data-testid="reminder-show">
                      {strings.reminderShow(r.name)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <CopyBox label={strings.reminderText} text={r.text} testId="reminder-text" copyTestId="reminder-copy" />
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
