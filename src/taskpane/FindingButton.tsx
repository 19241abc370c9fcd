/**
 * One finding as a real button: a click or Enter selects its cell in Excel.
 * A coloured edge and a coloured word say its severity (not the colour alone).
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
  word: { fontWeight: tokens.fontWeightSemibold },
  errorWord: { color: tokens.colorPaletteRedForeground1 },
  warningWord: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoWord: { color: tokens.colorPaletteBlueForeground2 },
});

export function FindingButton({ finding, label, onError }: { finding: Finding; label: string; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const host = useHost();
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };
  const wordClass: Record<Severity, string> = { error: styles.errorWord, warning: styles.warningWord, info: styles.infoWord };
  const severity = <span className={`${styles.word} ${wordClass[finding.severity]}`}>{host.strings.severityOne[finding.severity]}: </span>;
  const className = `${styles.button} ${severityClass[finding.severity]}`;
  const cell = finding.cell;
  // A finding about a whole sheet has no cell to go to: plain text, not a button.
  if (!cell) {
    return (
      <div
        className={`${className} ${styles.plain}`}
        data-testid="finding"
        data-cell=""
        data-sheet={finding.sheet}
        data-severity={finding.severity}
      >
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
