/** Progress and error lines every view shares: announced to screen readers as they change. */
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useHost } from "./host";

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: "4px", margin: "8px 0" },
});

/** A progress bar with its words; `spinner` for short waits where a bar would flicker. */
export function Working({ label, spinner = false }: { label: string; spinner?: boolean }) {
  const styles = useStyles();
  if (spinner) return <Spinner size="tiny" label={label} aria-live="polite" />;
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <span>{label}</span>
      <ProgressBar thickness="large" aria-label={label} />
    </div>
  );
}

export function ErrorBar({ text }: { text: string | null }) {
  const { strings } = useHost();
  if (!text) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What a task did, once it is done ("Klart: …"); nothing before. */
export function DoneBar({ text, testId }: { text: string | null | undefined; testId: string }) {
  if (!text) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody data-testid={testId}>{text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A live region for a message that appears when work is done ("Klart: …"): it is
 * in the page, empty, before its message, so screen readers read what appears in it.
 */
export function LiveRegion({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {children}
    </div>
  );
}
