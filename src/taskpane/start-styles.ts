/**
 * Start's own lines (the pledge's name, its facts). A style module: built ahead of time
 * (scripts/griffel-aot-loader.cjs, issue 16), so it holds only makeStyles hooks.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStartStyles = makeStyles({
  pledge: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  facts: { margin: "0", padding: "0", listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
});
