// A timeline across partnerships: each milestone's original plan (hollow) and its current or
// actual date (filled), one row per partnership.
import { CartesianGrid, Legend, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from "recharts";
import type { CallerOutputs } from "@coproduce/api";
import { ChartFigure, legendText, formatDay, formatMonth, oneLineTick } from "./ChartFigure";

type Milestone = CallerOutputs["milestones"]["list"][number];

/** First days of months (UTC) from `min` to `max`, a few months apart: at most `most` ticks. */
function monthTicks(min: number, max: number, most = 8): number[] {
  const start = new Date(min);
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  const end = new Date(max);
  const months =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = Math.max(1, Math.ceil(months / most));
  const ticks: number[] = [];
  for (let at = new Date(first); at.getTime() <= max;) {
    ticks.push(at.getTime());
    at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + step, 1));
  }
  return ticks;
}

export function MilestoneTimeline({ milestones }: { milestones: Milestone[] }) {
  const names = [...new Set(milestones.map((m) => m.partnership.name))].sort();
  const row = (m: Milestone) => names.length - names.indexOf(m.partnership.name);
  const planned = milestones.map((m) => ({ x: new Date(m.plannedDate).getTime(), y: row(m) }));
  const current = milestones.map((m) => ({
    x: new Date(m.actualDate ?? m.forecastDate ?? m.plannedDate).getTime(),
    y: row(m),
  }));
  const times = [...planned, ...current].map((point) => point.x);
  // Ticks chosen here, not by recharts, so the server and the browser draw the same axis.
  const ticks = monthTicks(Math.min(...times), Math.max(...times));
  const slipped = milestones.filter((m) => m.slippageDays > 0).length;
  return (
    <ChartFigure
      caption="Milestones across partnerships: original plan and current date"
      summary={`${milestones.length} milestones across ${names.length} partnerships; ${slipped} have slipped from their original plan.`}
      chart={
        <ScatterChart
          width={760}
          height={Math.max(160, names.length * 34 + 70)}
          margin={{ top: 10, right: 30, bottom: 10, left: 10 }}
        >
          <CartesianGrid stroke="#d8dde0" />
          <XAxis
            type="number"
            dataKey="x"
            domain={["dataMin", "dataMax"]}
            scale="time"
            ticks={ticks}
            tickFormatter={(t: number) => formatMonth(t)}
            tick={{ fontSize: 11 }}
            interval={0}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0.5, names.length + 0.5]}
            ticks={names.map((_, i) => i + 1)}
            tickFormatter={(v: number) => names[names.length - v] ?? ""}
            width={290}
            interval={0}
            tick={oneLineTick(10)}
          />
          <ZAxis range={[50, 50]} />
          <Scatter
            name="Original plan"
            data={planned}
            fill="#ffffff"
            stroke="#212b32"
            shape="circle"
            isAnimationActive={false}
          />
          <Scatter
            name="Current or actual date"
            data={current}
            fill="#005eb8"
            shape="diamond"
            isAnimationActive={false}
          />
          <Legend formatter={legendText} />
        </ScatterChart>
      }
      table={
        <table>
          <caption className="visually-hidden">Milestones</caption>
          <thead>
            <tr>
              <th scope="col">Partnership</th>
              <th scope="col">Milestone</th>
              <th scope="col">Original plan</th>
              <th scope="col">Current or actual</th>
              <th scope="col">Slippage</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m, i) => (
              <tr key={i}>
                <td>{m.partnership.name}</td>
                <th scope="row">{m.title}</th>
                <td>{formatDay(m.plannedDate)}</td>
                <td>{formatDay(m.actualDate ?? m.forecastDate ?? m.plannedDate)}</td>
                <td>{m.slippage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
