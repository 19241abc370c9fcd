/**
 * Asked when a report is made again for a period whose data changed since the
 * Rapportlogg's last row for it: what changed, then "Behåll båda" or "Ersätt".
 * Closing the dialog any other way (Escape, the backdrop) keeps both: a report
 * that was sent is never replaced without the person saying so.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ReportChange } from "../core/report/log/report-changes";
import { useHost, type ReportChoice } from "./host";

type Choice = "keep" | "replace";

interface Question {
  change: ReportChange;
  answer: (choice: Choice) => void;
}

/** The question as state: `ask` is the use case's `onChange`; the dialog answers it. */
export function useReportChangeQuestion(): { question: Question | null; ask: ReportChoice } {
  const [question, setQuestion] = useState<Question | null>(null);
  const ask = useCallback(
    (change: ReportChange) =>
      new Promise<Choice>((resolve) =>
        setQuestion({
          change,
          answer: (choice) => {
            setQuestion(null);
            resolve(choice);
          },
        }),
      ),
    [],
  );
  return { question, ask };
}

export function ReportChangeDialog({ question }: { question: Question | null }) {
  const { strings } = useHost();
  const answer = (choice: Choice) => question?.answer(choice);
  return (
    <Dialog open={question !== null} modalType="modal" onOpenChange={(_, d) => !d.open && answer("keep")}>
      <DialogSurface data-testid="report-change-dialog" aria-describedby="report-change-text">
        {question && (
          <DialogBody>
            <DialogTitle>{strings.reportChangedTitle(question.change.previous.period)}</DialogTitle>
            <DialogContent>
              <p id="report-change-text" data-testid="report-change-text">
                {strings.reportChangedText(question.change)}
              </p>
              <p>{strings.reportChangedQuestion}</p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer("keep")} data-testid="keep-both">
                {strings.keepBoth}
              </Button>
              <Button onClick={() => answer("replace")} data-testid="replace-report">
                {strings.replaceReport}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
