/** Layout every view shares: a padded column, a heading and a section's heading, a row of actions. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "8px", padding: "8px 12px 16px" },
  heading: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: "4px 0 0",
  },
  /** A section's heading inside a view (h3: Påminnelser, Rapportlogg). */
  subheading: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: "8px 0 0",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  muted: { color: tokens.colorNeutralForeground2, margin: "0" },
  /** Small print (Fluent's Text size 200) without pulling Text into the pane's first bundle. */
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, margin: "0" },
  list: { listStyleType: "none", margin: "0", padding: "0" },
});
