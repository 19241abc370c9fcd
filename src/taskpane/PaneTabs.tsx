/**
 * The pane's tab list: Fluent's TabList and Tab, drawn by Fluent's own state
 * shape, styles and render functions (so they look and announce the same),
 * with the keyboard handled here instead of by Tabster. Fluent's TabList asks
 * Tabster for its arrow keys (`useArrowNavigationGroup`) and each Tab for its
 * place in the tab order (`useTabsterAttributes`), and that brought Tabster,
 * about 17 kB gzipped, into the first paint, where nothing else needs it
 * (issue 16). The behaviour is Tabster's as Fluent sets it up: Tab enters the
 * list on the selected tab and leaves it; ←/→ move the focus between the tabs,
 * round the ends, Home and End to the first and last; Enter or Space (or a
 * click) selects. Views loaded later (Kontroll's Accordion, Rapport's dialog)
 * still bring Tabster with them.
 */
import {
  mergeCallbacks,
  renderTab_unstable,
  renderTabList_unstable,
  slot,
  useEventCallback,
  useMergedRefs,
  useTabListContext_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  useTabStyles_unstable,
  type SelectTabData,
  type SelectTabEvent,
  type TabListProps,
  type TabListState,
  type TabProps,
  type TabRegisterData,
  type TabState,
  type TabValue,
} from "@fluentui/react-components";
import { forwardRef, useCallback, useEffect, useRef, type KeyboardEvent } from "react";

export type PaneTabListProps = Omit<TabListProps, "vertical" | "disabled" | "selectTabOnFocus" | "defaultSelectedValue">;

/** The key's move in a horizontal list of `count` tabs from `index`, or null for another key. */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "ArrowRight") return (index + 1) % count;
  if (key === "ArrowLeft") return (index - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
  const from = tabs.findIndex((t) => t === event.target || t.contains(event.target as Node));
  if (from < 0) return;
  const to = nextTabIndex(event.key, from, tabs.length);
  if (to === null) return;
  event.preventDefault();
  tabs[to]!.focus();
}

export const PaneTabList = forwardRef<HTMLDivElement, PaneTabListProps>(function PaneTabList(props, ref) {
  const {
    appearance = "transparent",
    reserveSelectedTabSpace = true,
    size = "medium",
    selectedValue,
    onTabSelect,
    onKeyDown,
    ...rest
  } = props;
  const innerRef = useRef<HTMLDivElement>(null);
  // As Fluent's TabList: the selection before this one, for the selected tab's sliding indicator.
  const current = useRef<TabValue | undefined>(undefined);
  const previous = useRef<TabValue | undefined>(undefined);
  useEffect(() => {
    previous.current = current.current;
    current.current = selectedValue;
  }, [selectedValue]);
  const onSelect = useEventCallback((event: SelectTabEvent, data: SelectTabData) => onTabSelect?.(event, data));
  const registered = useRef<Record<string, TabRegisterData>>({});
  const onRegister = useEventCallback((data: TabRegisterData) => {
    registered.current[JSON.stringify(data.value)] = data;
  });
  const onUnregister = useEventCallback((data: TabRegisterData) => {
    delete registered.current[JSON.stringify(data.value)];
  });
  const getRegisteredTabs = useCallback(
    () => ({ selectedValue: current.current, previousSelectedValue: previous.current, registeredTabs: registered.current }),
    [],
  );
  const keyDown = useEventCallback(mergeCallbacks(onKeyDown, moveFocus));
  const state: TabListState = {
    components: { root: "div" },
    root: slot.always(
      { ref: useMergedRefs(ref, innerRef), role: "tablist", "aria-orientation": "horizontal", ...rest, onKeyDown: keyDown },
      { elementType: "div" },
    ),
    appearance,
    reserveSelectedTabSpace,
    size,
    disabled: false,
    selectTabOnFocus: false,
    selectedValue,
    onRegister,
    onUnregister,
    onSelect,
    getRegisteredTabs,
    vertical: false,
  };
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);
  return renderTabList_unstable(state, contextValues);
});

export const PaneTab = forwardRef<HTMLButtonElement, TabProps>(function PaneTab(props, ref) {
  const { content, disabled: tabDisabled = false, icon, onClick, value, ...rest } = props;
  const listDisabled = useTabListContext_unstable((ctx) => ctx.disabled);
  const selected = useTabListContext_unstable((ctx) => ctx.selectedValue === value);
  const onRegister = useTabListContext_unstable((ctx) => ctx.onRegister);
  const onUnregister = useTabListContext_unstable((ctx) => ctx.onUnregister);
  const onSelect = useTabListContext_unstable((ctx) => ctx.onSelect);
  const appearance = useTabListContext_unstable((ctx) => ctx.appearance);
  const reserveSelectedTabSpace = useTabListContext_unstable((ctx) => ctx.reserveSelectedTabSpace);
  const size = useTabListContext_unstable((ctx) => ctx.size ?? "medium");
  const disabled = listDisabled || tabDisabled;
  const innerRef = useRef<HTMLElement>(null);
  const onTabClick = useEventCallback(
    mergeCallbacks(onClick, (event: SelectTabEvent) => onSelect(event, { value })) as NonNullable<TabProps["onClick"]>,
  );
  useEffect(() => {
    onRegister({ value, ref: innerRef });
    return () => onUnregister({ value, ref: innerRef });
  }, [onRegister, onUnregister, value]);
  const iconSlot = slot.optional(icon, { elementType: "span" });
  const contentSlot = slot.always(content, { defaultProps: { children: props.children }, elementType: "span" });
  const iconOnly = Boolean(iconSlot?.children && !contentSlot.children);
  const reserved = content && typeof content === "object" ? withoutRef(content as Record<string, unknown>) : content;
  const state: TabState = {
    components: { root: "button", icon: "span", content: "span", contentReservedSpace: "span" },
    root: slot.always(
      {
        ref: useMergedRefs(ref, innerRef),
        role: "tab",
        type: "button",
        // Roving focus: only the selected tab is in the page's tab order (Tabster's "default" in Fluent's list).
        tabIndex: selected ? 0 : -1,
        "aria-selected": disabled ? undefined : `${selected}`,
        value: value as string,
        ...rest,
        disabled,
        onClick: onTabClick,
      },
      { elementType: "button" },
    ),
    icon: iconSlot,
    iconOnly,
    content: contentSlot,
    contentReservedSpace: slot.optional(reserved as TabProps["content"], {
      renderByDefault: !selected && !iconOnly && reserveSelectedTabSpace,
      defaultProps: { children: props.children },
      elementType: "span",
    }),
    disabled,
    selected,
    value,
    vertical: false,
    appearance,
    size,
  };
  useTabStyles_unstable(state);
  return renderTab_unstable(state);
});

function withoutRef(o: Record<string, unknown>): Record<string, unknown> {
  const { ref: _ref, ...rest } = o;
  return rest;
}
