/**
 * One finding as a real button: a click or Enter selects its cell in Excel.
 * A coloured edge and the hidden word say its severity.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/findings";
import { useHost } from "./host";

const useStyles = makeStyles({
  button: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "6px 8px",
    margin: "2px 0",
    border: "none",
    borderLeft: "4px solid transparent",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  plain: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export function FindingButton({ finding, label, onError }: { finding: Finding; label: string; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const host = useHost();
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };
  const severity = <span className={styles.hidden}>{host.strings.severityOne[finding.severity]}: </span>;
  const className = `${styles.button} ${severityClass[finding.severity]}`;
  const cell = finding.cell;
  // A finding about a whole sheet has no cell to go to: plain text, not a button.
  if (!cell) {
    return (
      <div className={`${className} ${styles.plain}`} data-testid="finding" data-cell="" data-sheet={finding.sheet} data-severity={finding.severity}>
        {severity}
        {label}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={className}
      onClick={() => host.selectCell(finding.sheet, cell).catch(onError)}
      data-testid="finding"
      data-cell={cell}
      data-sheet={finding.sheet}
      data-severity={finding.severity}
    >
      {severity}
      {label}
    </button>
  );
}
