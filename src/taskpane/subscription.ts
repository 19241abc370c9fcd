/**
 * A workbook event subscription for an effect (`host.onActivated`, `host.onChanged`):
 * returns the effect's cleanup. A subscription that arrives after the cleanup ran
 * is ended at once, so a pane view that closed never hears another event.
 */
export function subscription(listen: () => Promise<() => Promise<void>>): () => void {
  let ended = false;
  let off: (() => Promise<void>) | null = null;
  listen().then(
    (unsubscribe) => {
      if (ended) void unsubscribe().catch(() => undefined);
      else off = unsubscribe;
    },
    () => undefined,
  );
  return () => {
    ended = true;
    if (off) void off().catch(() => undefined);
  };
}
