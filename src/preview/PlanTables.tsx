/** The sheets the pane wrote (Kontroll, Rapport …) as plain tables of their plan values. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Cell } from "../core/cell";
import type { SheetPlan } from "../core/plan/sheet-plan";

const useStyles = makeStyles({
  sheet: { marginBottom: "8px" },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: "4px 0" },
  wrap: { overflow: "auto", maxHeight: "360px" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  td: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", verticalAlign: "top", maxWidth: "420px" },
});

function text(c: Cell): string {
  if (c === null) return "";
  if (typeof c === "number") return Number.isInteger(c) ? String(c) : c.toFixed(2);
  return String(c);
}

export function PlanTables({ plans }: { plans: SheetPlan[] }) {
  const styles = useStyles();
  return (
    <div data-testid="generated-sheets">
      {plans.map((plan) => (
        <details key={plan.name} className={styles.sheet} data-testid="generated-sheet" data-sheet={plan.name} open>
          <summary className={styles.summary}>{plan.name}</summary>
          <div className={styles.wrap}>
            <table className={styles.table}>
              <tbody>
                {plan.values.map((row, i) => (
                  <tr key={i}>
                    {row.map((c, j) => (
                      <td key={j} className={styles.td}>
                        {text(c)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </div>
  );
}
