// Lint for `npm run lint` (office-addin-lint picks this file up): the Office add-in rules
// (which bring typescript-eslint's) and the layering rules of docs/architecture.md.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The recommended config's TypeScript block lists .ts files only; the pane is .tsx.
const recommended = officeAddins.configs.recommended.map((c) =>
  c.files ? { ...c, files: [...c.files, "**/*.tsx"] } : c,
);

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**"] },
  ...recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
      // TypeScript checks names; ESLint's no-undef does not know DOM and Node types.
      "no-undef": "off",
    },
  },
  {
    // Office.js rules (load before read, sync before read…) apply where Office.js is used;
    // elsewhere objects named like ranges are plain data or the xlsx library's.
    files: ["src/core/**", "src/xlsx/**", "src/app/**", "src/cli/**", "src/demo/**", "tests/**", "scripts/**"],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"])),
  },
  {
    // React's rules of hooks, where React is used.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // The pure core knows no host, no library for files and no UI.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document"],
      "no-restricted-imports": ["error", { patterns: ["**/xlsx/**", "**/excel/**", "**/app/**", "react", "@cj-tech-master/*", "@e965/*", "node:*"] }],
    },
  },
  {
    // The pane and the ribbon commands never carry the xlsx libraries.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/xlsx/**", "@cj-tech-master/*", "@e965/*"] }],
    },
  },
];
