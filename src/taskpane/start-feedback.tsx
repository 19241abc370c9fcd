/**
 * Start's progress, error and done lines, its count badges and its buttons,
 * loaded as their own chunks: Fluent's ProgressBar, MessageBar (with its icons
 * and motion), Spinner and Badge were about 18 kB gzipped of the first paint's
 * JavaScript, Button with the theme's tokens its styles need about 7 kB, and
 * the first paint (the tab list and Start's heading) uses none of them
 * (issue 16). The chunk is asked for when this module loads, so it is there
 * long before the first check is (the check needs the engine chunk and a read
 * of the workbook); until it is, a line shows its words without Fluent's
 * decoration, in the same live region, and a button is a plain one that does the
 * same. The views loaded later import
 * `Feedback.tsx` and `CountBadges.tsx` directly.
 */
import type { ButtonProps } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentProps, type ComponentType, type MouseEvent } from "react";

const feedback = () => import("./Feedback");
const badges = () => import("./CountBadges");
const button = () => import("./fluent-button");
// At once, not on first render: the chunk loads while React draws the tab list.
void feedback().catch(() => undefined);
void badges().catch(() => undefined);
void button().catch(() => undefined);

const LazyWorking = lazy(() => feedback().then((m) => ({ default: m.Working })));
const LazyErrorBar = lazy(() => feedback().then((m) => ({ default: m.ErrorBar })));
const LazyDoneBar = lazy(() => feedback().then((m) => ({ default: m.DoneBar })));
const LazyCountBadges = lazy(() => badges().then((m) => ({ default: m.CountBadges })));
const LazyButton = lazy(button);
const LazySpinner = lazy(() => import("./view-spinner"));

function deferred<P extends object>(Component: ComponentType<P>, fallback: (props: P) => JSX.Element | null) {
  return function Deferred(props: P) {
    return (
      <Suspense fallback={fallback(props)}>
        <Component {...props} />
      </Suspense>
    );
  };
}

export const Working = deferred<ComponentProps<typeof LazyWorking>>(LazyWorking, ({ label }) => (
  <div role="status" aria-live="polite">
    <span>{label}</span>
  </div>
));
export const ErrorBar = deferred<ComponentProps<typeof LazyErrorBar>>(LazyErrorBar, ({ text }) =>
  text ? <div role="alert">{text}</div> : null,
);
export const DoneBar = deferred<ComponentProps<typeof LazyDoneBar>>(LazyDoneBar, ({ text, testId }) =>
  text ? <div data-testid={testId}>{text}</div> : null,
);
export const CountBadges = deferred<ComponentProps<typeof LazyCountBadges>>(LazyCountBadges, () => null);
/** Fluent's small Spinner with its label (the views' loading line), its words alone until it has loaded. */
export const ViewSpinner = deferred<{ label: string }>(
  ({ label }) => <LazySpinner label={label} />,
  ({ label }) => <span role="status">{label}</span>,
);

/** What Start's buttons use of Fluent's Button. */
export interface StartButtonProps {
  appearance?: ButtonProps["appearance"];
  disabledFocusable?: boolean;
  onClick: () => void;
  children: string;
}

/** Fluent's Button; until it has loaded, a plain button with the same words that does the same (and nothing while disabled). */
export const StartButton = deferred<StartButtonProps>(
  (props) => <LazyButton {...props} />,
  ({ disabledFocusable, onClick, children }) => (
    <button
      type="button"
      aria-disabled={disabledFocusable ? true : undefined}
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        if (!disabledFocusable) onClick();
      }}
    >
      {children}
    </button>
  ),
);
