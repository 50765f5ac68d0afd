// A chart with a caption and its data as a table, for people who cannot see the chart.
// Charts are drawn by recharts on the server as SVG (fixed size, scaled by CSS).
import type { ReactNode } from "react";

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
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  );
}

export function formatMonth(value: Date | string | number): string {
  return new Date(value).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatDay(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined) return "Not set";
  return new Date(value).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatValue(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString("en-GB");
}

/** Legend text in the body colour: series colours alone are too pale to read as text. */
export function legendText(value: string) {
  return <span style={{ color: "#212b32" }}>{value}</span>;
}
