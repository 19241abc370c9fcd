/**
 * Read-only text with a Kopiera button. The clipboard API is refused in some
 * Office hosts' frames; then the text is selected so Ctrl+C copies it.
 */
import { Button, Field, Textarea, makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useHost } from "./host";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "8px", marginTop: "4px" },
});

// About this many characters fit a line of the box in a 350 px pane: show the whole text without scrolling.
const CHARS_PER_LINE = 45;

function rowsFor(text: string): number {
  return Math.min(18, Math.max(6, Math.ceil(text.length / CHARS_PER_LINE)));
}

/** `testId` names the text box, `copyTestId` its button (the kortversion's by default). */
export function CopyBox({
  label,
  text,
  testId = "kortversion",
  copyTestId = "copy",
}: {
  label: string;
  text: string;
  testId?: string;
  copyTestId?: string;
}) {
  const styles = useStyles();
  const { strings } = useHost();
  const area = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(strings.copied);
    } catch {
      area.current?.focus();
      area.current?.select();
      setSaid(strings.copyFallback);
    }
  };

  return (
    <div>
      <Field label={label}>
        <Textarea ref={area} value={text} readOnly resize="vertical" rows={rowsFor(text)} data-testid={testId} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void copy()} data-testid={copyTestId}>
          {strings.copy}
        </Button>
        <span role="status" aria-live="polite">
          {said}
        </span>
      </div>
    </div>
  );
}
