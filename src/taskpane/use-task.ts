/**
 * One piece of work the person started (a check, a report): whether it runs,
 * and its error as text to show. Errors meant for people are shown as they are;
 * anything else as "Något gick fel: …" with the message only, never a stack.
 */
import { useCallback, useRef, useState } from "react";
import { ShownError } from "./host";
import type { Strings } from "./strings";

export function errorText(error: unknown, strings: Strings): string {
  if (error instanceof ShownError) return error.textIn(strings.language);
  const message = error instanceof Error ? error.message : String(error);
  return strings.unknownError(message.split("\n")[0] ?? "");
}

export interface Task {
  busy: boolean;
  error: string | null;
  /** Runs the work unless it is already running; resolves to its result, or undefined on error. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useTask(strings: Strings): Task {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        return await work();
      } catch (e) {
        setError(errorText(e, strings));
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [strings],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
