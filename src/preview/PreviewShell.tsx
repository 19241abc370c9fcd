/**
 * The preview page: the pane at Excel's width on the left, and on the right a
 * stand-in for Excel: the active sheet (switchable and editable), the
 * selection, and the sheets the pane wrote.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Grid } from "../core/cell";
import { App } from "../taskpane/App";
import type { PaneHost } from "../taskpane/host";
import { PlanTables } from "./PlanTables";
import type { PreviewWorkbook } from "./preview-workbook";
import { SheetEditor } from "./SheetEditor";

const useStyles = makeStyles({
  layout: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  pane: {
    width: "350px",
    flexShrink: 0,
    height: "100vh",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  sideProvider: { flexGrow: 1, minWidth: "0", overflow: "auto" },
  side: { padding: "12px 16px", display: "flex", flexDirection: "column", gap: "10px" },
  h2: { fontSize: tokens.fontSizeBase400, margin: "0" },
  row: { display: "flex", gap: "16px", alignItems: "center", flexWrap: "wrap" },
  select: { font: "inherit", padding: "2px 4px", marginLeft: "6px" },
  note: { color: tokens.colorNeutralForeground2, margin: "0", fontSize: tokens.fontSizeBase200 },
});

export function PreviewShell({ workbook, host, today }: { workbook: PreviewWorkbook; host: PaneHost; today: string }) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (l) => workbook.subscribe(l),
    () => workbook.version,
  );
  const [names, setNames] = useState<string[]>([]);
  const [values, setValues] = useState<Grid>([]);
  const active = workbook.activeName;
  const selection = workbook.selection;

  useEffect(() => {
    void workbook.sheetNames().then(setNames);
    void workbook.readSheets([active]).then((g) => setValues(g.sheets[0]?.values ?? []));
  }, [workbook, version, active]);

  return (
    <div className={styles.layout}>
      <div className={styles.pane} data-testid="pane">
        {/* The theme taskpane.html carries on its :root (webpack.config.js), given here by a provider around the pane. */}
        <FluentProvider theme={webLightTheme}>
          <App host={host} />
        </FluentProvider>
      </div>
      <FluentProvider theme={webLightTheme} className={styles.sideProvider}>
        <aside aria-label="Förhandsvisningens arbetsbok" className={styles.side}>
          <h2 className={styles.h2}>Arbetsbok (förhandsvisning, i dag {today})</h2>
          <p className={styles.note}>Ingen Excel och inget nät: panelen arbetar mot demoregistret i minnet.</p>
          <div className={styles.row}>
            <label>
              Aktiv flik
              <select
                className={styles.select}
                value={active}
                onChange={(e) => workbook.activate(e.target.value)}
                data-testid="active-sheet"
              >
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <span data-testid="selection">{selection ? `Markering: ${selection.sheet}!${selection.cell}` : "Ingen markering"}</span>
          </div>
          <SheetEditor
            sheet={active}
            values={values}
            selected={selection && selection.sheet === active ? selection.cell : null}
            onEdit={(row, col, value) => void workbook.editCell(active, row, col, value)}
          />
          <h2 className={styles.h2}>Flikar som panelen skrev</h2>
          <PlanTables plans={[...workbook.memory.written.values()]} />
        </aside>
      </FluentProvider>
    </div>
  );
}
