/**
 * A small editable grid of the active sheet, so a tester can type into a cell
 * and watch the pane's partner view check it. Dates show as 2025-03-14, as Excel shows them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Cell, Grid } from "../core/cell";
import { a1, columnLetter } from "../core/address";
import { isoFromSerial, serialFromIso } from "../core/date";
import { typedValue } from "./preview-workbook";

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "420px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: "0",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
  },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0" },
  input: { width: "110px", border: "none", padding: "2px 4px", font: "inherit", backgroundColor: "transparent" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", backgroundColor: tokens.colorBrandBackground2 },
});

const DATE_HEADER = /^(datum|start|slut|giltig från|giltig till)$/i;
// Serials of 1990-01-01 and 2099-12-31: numbers outside are not taken for dates.
const DATE_RANGE = [32874, 73415] as const;

/** Columns that hold dates: their header (any text cell in the column) says so. */
function dateColumns(values: Grid): Set<number> {
  const out = new Set<number>();
  for (const row of values) row.forEach((c, j) => typeof c === "string" && DATE_HEADER.test(c.trim()) && out.add(j));
  return out;
}

function shown(value: Cell, isDate: boolean): string {
  if (value === null) return "";
  if (typeof value === "number" && isDate && value >= DATE_RANGE[0] && value <= DATE_RANGE[1]) return isoFromSerial(value);
  return String(value);
}

export interface SheetEditorProps {
  sheet: string;
  values: Grid;
  selected: string | null;
  onEdit: (row: number, col: number, value: Cell) => void;
}

export function SheetEditor({ sheet, values, selected, onEdit }: SheetEditorProps) {
  const styles = useStyles();
  const width = Math.max(1, ...values.map((r) => r.length));
  const rows = values.length + 2;
  const dates = dateColumns(values);
  // Löfte keeps its dates in Värde, on the rows named Giltig från / Giltig till.
  const dateRow = (r: number) => typeof values[r]?.[0] === "string" && DATE_HEADER.test(String(values[r]![0]).trim());
  return (
    <div className={styles.wrap} data-testid="sheet-editor" data-sheet={sheet}>
      <table className={styles.table}>
        <caption className={styles.hidden}>{sheet}</caption>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              #
            </th>
            {Array.from({ length: width }, (_, j) => (
              <th key={j} className={styles.head} scope="col">
                {columnLetter(j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <th className={styles.rowHead} scope="row">
                {i + 1}
              </th>
              {Array.from({ length: width }, (_, j) => {
                const address = a1(i, j);
                const value = values[i]?.[j] ?? null;
                return (
                  <td
                    key={j}
                    className={`${styles.cell} ${selected === address ? styles.selected : ""}`}
                    data-selected={selected === address || undefined}
                  >
                    <input
                      className={styles.input}
                      aria-label={address}
                      data-cell={address}
                      value={shown(value, dates.has(j) || (j === 1 && dateRow(i)))}
                      onChange={(e) => onEdit(i, j, typedValue(e.target.value, serialFromIso))}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
