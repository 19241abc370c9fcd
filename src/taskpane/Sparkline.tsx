/**
 * A small line chart of an indicator's series, drawn as React SVG elements.
 * Women and men get a line each where the indicator is split by gender.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SeriesPoint } from "../core/trends/trend-types";
import { useHost } from "./host";

const WIDTH = 160;
const HEIGHT = 40;
const PAD = 4;

const COLORS = { total: tokens.colorBrandForeground1, women: "#8A3FA0", men: "#0F6A6A" } as const;

const useStyles = makeStyles({
  box: { display: "flex", alignItems: "center", gap: "10px", flexWrap: "wrap" },
  svg: { width: `${WIDTH}px`, height: `${HEIGHT}px`, flexShrink: 0 },
  legend: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    fontSize: tokens.fontSizeBase200,
    margin: "0",
    padding: "0",
    listStyleType: "none",
  },
  swatch: { display: "inline-block", width: "12px", height: "3px", marginRight: "4px", verticalAlign: "middle" },
  women: { backgroundColor: COLORS.women },
  men: { backgroundColor: COLORS.men },
});

type Key = keyof typeof COLORS;

/** SVG path of the points that have values; a missing period breaks the line. */
export function sparkPath(values: readonly (number | null)[], min: number, max: number): string {
  let path = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    path += `${pen ? "L" : "M"}${sparkX(i, values.length).toFixed(1)} ${sparkY(v, min, max).toFixed(1)} `;
    pen = true;
  });
  return path.trim();
}

export function Sparkline({ series, split, label }: { series: SeriesPoint[]; split: boolean; label: string }) {
  const styles = useStyles();
  const { strings } = useHost();
  const lines: { key: Key; values: (number | null)[] }[] = split
    ? [
        { key: "women", values: series.map((p) => p.women) },
        { key: "men", values: series.map((p) => p.men) },
      ]
    : [{ key: "total", values: series.map((p) => p.value) }];
  const all = lines.flatMap((l) => l.values).filter((v): v is number => v !== null);
  if (all.length === 0) return null;
  const min = Math.min(...all);
  const max = Math.max(...all);
  return (
    <div className={styles.box}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="sparkline">
        <line x1={0} x2={WIDTH} y1={HEIGHT - 1} y2={HEIGHT - 1} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
        {lines.map((l) => (
          <path
            key={l.key}
            d={sparkPath(l.values, min, max)}
            fill="none"
            stroke={COLORS[l.key]}
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ))}
        {lines.map((l) =>
          l.values.map((v, i) =>
            v === null ? null : (
              <circle key={`${l.key}-${i}`} cx={sparkX(i, l.values.length)} cy={sparkY(v, min, max)} r={2} fill={COLORS[l.key]} />
            ),
          ),
        )}
      </svg>
      {split && (
        <ul className={styles.legend}>
          {(["women", "men"] as const).map((k) => (
            <li key={k}>
              <span className={`${styles.swatch} ${styles[k]}`} aria-hidden="true" />
              {k === "women" ? strings.women : strings.men}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function sparkX(i: number, n: number): number {
  return n <= 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (n - 1);
}

function sparkY(v: number, min: number, max: number): number {
  return max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / (max - min);
}
