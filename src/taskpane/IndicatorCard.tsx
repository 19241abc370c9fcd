/**
 * One indicator: name, latest value and period, the change with its arrow
 * (▲ better, ▼ worse, ► stable: coloured by better, not by up or down),
 * a sparkline and the status badge.
 */
import { Badge, Card, CardHeader, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { periodLabel } from "../core/period";
import { shownDirection } from "../core/report/model/trend-words";
import { statusWordIn } from "../core/trends/status-words";
import type { Direction, IndicatorTrend, TargetStatus } from "../core/trends/trend-types";
import { formatDelta, formatValue } from "./format-value";
import { useHost } from "./host";
import { Sparkline } from "./Sparkline";

const useStyles = makeStyles({
  card: { padding: "10px 12px", gap: "6px" },
  name: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  line: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap", margin: "0" },
  improving: { color: tokens.colorPaletteGreenForeground1 },
  worsening: { color: tokens.colorPaletteRedForeground1 },
  stable: { color: tokens.colorNeutralForeground2 },
  unknown: { color: tokens.colorNeutralForeground2 },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  leftOut: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, margin: "0" },
  // "Enligt plan" must not wrap out of its pill.
  status: { whiteSpace: "nowrap", flexShrink: 0 },
});

export const ARROW: Record<Direction, string> = { improving: "▲", worsening: "▼", stable: "►", unknown: "–" };

const STATUS_COLOR: Record<TargetStatus, BadgeProps["color"]> = {
  met: "success",
  "on-track": "brand",
  "at-risk": "warning",
  "off-track": "danger",
  improved: "warning",
  "not-met": "danger",
  "no-data": "informative",
  "no-target": "informative",
};

export function IndicatorCard({ trend }: { trend: IndicatorTrend }) {
  const styles = useStyles();
  const { strings, language } = useHost();
  const value =
    trend.value === null ? strings.noValue : strings.latest(formatValue(trend.value, trend.unit, language), periodLabel(trend.period));
  const change = trend.changeFromPrevious;
  const series = trend.series;
  // A change within normal variation is no trend: the report shows ► for it, and so does the card.
  const shown: Direction = shownDirection(trend.direction, trend.noise);
  const first = series[0] ? periodLabel(series[0].period) : "";
  const last = series.length > 0 ? periodLabel(series[series.length - 1]!.period) : "";
  return (
    <Card className={styles.card} data-testid="indicator-card" data-indicator={trend.id}>
      <CardHeader
        header={<h3 className={styles.name}>{trend.name}</h3>}
        action={
          <Badge color={STATUS_COLOR[trend.status]} appearance="tint" className={styles.status} data-testid="status">
            {statusWordIn(language, trend.status, trend.baseline, trend.target)}
          </Badge>
        }
      />
      <p className={styles.value}>{value}</p>
      {/* A value left out by an error: the shown one may be older, and the card says so as the reports do. */}
      {trend.leftOut.length > 0 && (
        <p className={styles.leftOut} data-testid="left-out">
          {strings.leftOut(trend.leftOut)}
        </p>
      )}
      <p className={styles.line}>
        {change !== null && trend.previous ? (
          <>
            <span className={styles[shown]}>
              <span aria-hidden="true">{ARROW[shown]} </span>
              {strings.change(formatDelta(change, language), periodLabel(trend.previous.period))}
            </span>
            <span className={styles.small}>({trend.noise ? strings.noise : strings.directionWord[trend.direction]})</span>
          </>
        ) : (
          <span className={styles.small}>{strings.noComparison}</span>
        )}
      </p>
      <Sparkline series={series} split={trend.genderSplit} label={strings.sparklineLabel(trend.name, first, last)} />
      {trend.target !== null && <span className={styles.small}>{strings.target(formatValue(trend.target, trend.unit, language))}</span>}
    </Card>
  );
}
