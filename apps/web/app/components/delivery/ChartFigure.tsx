// A chart with a caption and its data as a table, for people who cannot see the chart.
// Charts are drawn by recharts on the server as SVG (fixed size, scaled by CSS).
import type { ReactNode } from "react";
import { formatDate } from "@coproduce/shared/labels";

export function ChartFigure({
  caption,
  summary,
  chart,
  table,
}: {
  caption: string;
  /** One sentence saying what the chart shows, read instead of the picture. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      {/* The picture is hidden from screen readers: the summary and the table say the same. */}
      <div className="chart-image" aria-hidden="true">
        {chart}
      </div>
      <p className="meta chart-summary">{summary}</p>
      <details>
        <summary>Show the data as a table</summary>
        <div className="table-scroll" role="region" aria-label={`${caption}: data`} tabIndex={0}>
          {table}
        </div>
      </details>
    </figure>
  );
}

const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatMonth(value: Date | string | number): string {
  return monthFormat.format(new Date(value));
}

export function formatDay(value: Date | string | number | null | undefined): string {
  return formatDate(value === null || value === undefined ? value : new Date(value));
}

export function formatValue(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString("en-GB");
}

/** Legend text in the body colour: series colours alone are too pale to read as text. */
export function legendText(value: string) {
  return <span style={{ color: "#212b32" }}>{value}</span>;
}

/**
 * Which axis labels to show, as a fixed step. Recharts' own choice ("preserveEnd") measures the
 * text in the browser and so differs from the server's render: a hydration error (#418).
 * A number is the same on both sides. About `most` labels at most.
 */
export function labelStep(count: number, most = 8): number {
  return Math.max(0, Math.ceil(count / most) - 1);
}

interface TickProps {
  x?: number;
  y?: number;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  fill?: string;
  fontSize?: number;
  index?: number;
  payload?: { value: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
}

/**
 * An axis label on one line. Recharts wraps long labels by measuring them in the browser, which
 * the server cannot do, so the two renders differed (a hydration error); the axis is given room.
 */
export function oneLineTick(fontSize: number) {
  function OneLineTick({ x, y, textAnchor, payload, tickFormatter, index = 0 }: TickProps) {
    const value = tickFormatter ? tickFormatter(payload?.value, index) : String(payload?.value);
    return (
      <text x={x} y={y} dy="0.32em" textAnchor={textAnchor} fontSize={fontSize} fill="#4c6272">
        {value}
      </text>
    );
  }
  return OneLineTick;
}
