import { useTranslation } from 'react-i18next';

export type ChartMetric = {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  measurements: Array<{ measuredOn: string; value: string }>;
};

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 8;

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * A small line chart of a metric's measurements against its baseline and target (plain SVG,
 * no chart library): the measurements as a line with dots, the target as a dashed line, the
 * baseline as a thin one. The image's name says the same in words for screen readers.
 */
export function MetricChart({ metric }: { metric: ChartMetric }) {
  const { t } = useTranslation();
  const baseline = Number(metric.baseline);
  const target = Number(metric.target);
  const points = metric.measurements.map((m) => ({
    day: dayOf(m.measuredOn),
    value: Number(m.value),
  }));
  const values = [baseline, target, ...points.map((p) => p.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const first = points[0]?.day ?? 0;
  const last = points.at(-1)?.day ?? first;
  const daySpan = last - first || 1;
  const x = (day: number) =>
    points.length <= 1 ? WIDTH / 2 : PAD + ((day - first) / daySpan) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - ((value - low) / span) * (HEIGHT - 2 * PAD);
  const latest = metric.measurements.at(-1);
  const label = latest
    ? t('followUp.chartLabel', {
        name: metric.name,
        value: latest.value,
        unit: metric.unit,
        target: metric.target,
        baseline: metric.baseline,
      })
    : t('followUp.chartEmpty', { name: metric.name, target: metric.target, unit: metric.unit });
  return (
    <svg
      className="metric-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-testid="metric-chart"
    >
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#f7f7f8" />
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={y(baseline)}
        y2={y(baseline)}
        stroke="#5f686d"
        strokeWidth="1"
      />
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={y(target)}
        y2={y(target)}
        stroke="#1a7a3c"
        strokeWidth="2"
        strokeDasharray="6 4"
        data-testid="chart-target"
      />
      {points.length > 1 && (
        <polyline
          fill="none"
          stroke="#2a6ebb"
          strokeWidth="2"
          points={points.map((p) => `${x(p.day)},${y(p.value)}`).join(' ')}
        />
      )}
      {points.map((p, index) => (
        <circle
          key={index}
          cx={x(p.day)}
          cy={y(p.value)}
          r="3.5"
          fill="#2a6ebb"
          data-testid="chart-point"
        />
      ))}
    </svg>
  );
}
