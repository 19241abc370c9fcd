/**
 * Follows the person between tabs: which sheet is active, and whether it is a
 * partner's tab (listed on Parter). The pane switches to that partner's view.
 */
import { subscription } from "./subscription";
import { useEffect, useMemo, useState } from "react";
import type { Partner } from "../core/register/types";
import { fold } from "../core/values";
import type { PaneHost } from "./host";

export interface ActivePartner {
  tab: string;
  name: string;
}

export function useActiveSheet(host: PaneHost): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    host.activeSheet().then(
      (name) => alive && setActive(name),
      () => undefined,
    );
    const end = subscription(() => host.onActivated((name) => alive && setActive(name)));
    return () => {
      alive = false;
      end();
    };
  }, [host]);
  return active;
}

/** The partner whose tab is active, or null. */
export function usePartnerOf(partners: readonly Partner[], active: string | null): ActivePartner | null {
  return useMemo(() => {
    if (active === null) return null;
    const p = partners.find((x) => fold(x.tab) === fold(active));
    return p ? { tab: p.tab, name: p.name } : null;
  }, [partners, active]);
}
