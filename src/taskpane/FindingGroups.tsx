/** Findings grouped by tab in an accordion, each line "A7 · Skriv datumet som 2025-03-14". */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles } from "@fluentui/react-components";
import type { Finding } from "../core/findings";
import { FindingButton } from "./FindingButton";
import { groupBySheet } from "./finding-view";
import { useHost } from "./host";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: "0", padding: "0" },
});

export function FindingGroups({ findings, openAll, onError }: { findings: Finding[]; openAll: boolean; onError: (e: unknown) => void }) {
  const styles = useStyles();
  const { strings } = useHost();
  const groups = groupBySheet(findings);
  const first = groups[0]?.sheet;
  return (
    <Accordion
      // Opening every group while a text filter is typed shows all matches at once.
      key={openAll ? "all" : "first"}
      multiple
      collapsible
      defaultOpenItems={openAll ? groups.map((g) => g.sheet) : first ? [first] : []}
    >
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet} data-testid="finding-group" data-sheet={g.sheet}>
          <AccordionHeader as="h3" size="medium">
            {strings.groupTitle(g.sheet, g.findings.length)}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {g.findings.map((f, i) => (
                <li key={`${f.code}-${f.cell ?? ""}-${i}`}>
                  <FindingButton finding={f} label={strings.findingLine(f.cell ?? strings.wholeSheet, f.message)} onError={onError} />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
