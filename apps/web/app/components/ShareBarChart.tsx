// A horizontal bar chart of shares (per cent) with optional target marks, drawn as a scalable
// SVG so it renders on the server and fits a phone. Decorative for screen readers: the table
// beside it carries the same figures.
/** Takes any bars, not one procedure's rows, so that each page can chart the shares it has. */
interface ShareBar {
  key: string;
  label: string;
  share: number;
  target: number | null;
  belowTarget: boolean;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;

export function ShareBarChart({ bars, title }: { bars: ShareBar[]; title: string }) {
  const height = bars.length * ROW + 24;
  const x = (percent: number) => LABEL_WIDTH + (Math.min(percent, 100) / 100) * BAR_WIDTH;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
        role="img"
        aria-label={`${title}. The table below gives the same figures.`}
      >
        {bars.map((bar, index) => {
          const y = index * ROW;
          return (
            <g key={bar.key}>
              <text x={LABEL_WIDTH - 8} y={y + 18} textAnchor="end" className="chart-label">
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 6}
                width={Math.max(0, x(bar.share) - LABEL_WIDTH)}
                height={16}
                className={bar.belowTarget ? "chart-bar chart-bar-below" : "chart-bar"}
              />
              {bar.target !== null && (
                <line
                  x1={x(bar.target)}
                  x2={x(bar.target)}
                  y1={y + 2}
                  y2={y + 26}
                  className="chart-target"
                />
              )}
              <text x={x(bar.share) + 6} y={y + 18} className="chart-value">
                {bar.share}%{bar.belowTarget ? " ▼" : ""}
              </text>
            </g>
          );
        })}
        <text x={LABEL_WIDTH} y={height - 4} className="chart-axis">
          0%
        </text>
        <text x={LABEL_WIDTH + BAR_WIDTH} y={height - 4} textAnchor="end" className="chart-axis">
          100%
        </text>
      </svg>
      <figcaption>
        {title}. Bars show each group&rsquo;s share of everything counted; a vertical line marks its
        target; ▼ marks a group below its target.
      </figcaption>
    </figure>
  );
}
