/**
 * The pane's frame: header, tab list, main. A style module: built ahead of time (scripts/griffel-aot-loader.cjs,
 * issue 16), so it holds only makeStyles hooks.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

// No layout classes on FluentProvider: Fluent copies its classes onto every portal
// (dropdown lists, tooltips), and a full-height portal covered the whole pane.
export const useAppStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: "10px 12px 0" },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  // A second row of tabs rather than a clipped one, should the pane be narrower than NARROW.
  tabs: { padding: "0 4px", flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // Fluent's small tabs keep the medium tabs' 14 px text: smaller text, so four fit in 300 px.
  narrowTab: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  main: { flexGrow: 1 },
});
