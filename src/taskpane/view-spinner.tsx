/** The views' loading line (Fluent's small Spinner with its label), its own small module so it can load on demand. */
import { Spinner } from "@fluentui/react-components";

export default function ViewSpinner({ label }: { label: string }) {
  return <Spinner size="small" label={label} />;
}
