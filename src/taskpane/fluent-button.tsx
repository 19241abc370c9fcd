/** Fluent's Button as a module of its own, so Start can load it on demand (`start-feedback.tsx`, issue 16). */
export { Button as default } from "@fluentui/react-components";
