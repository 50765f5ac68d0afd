// A shared measure averaged across the partnerships that record it.
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import type { CallerOutputs } from "@coproduce/api";
import { ChartFigure, formatMonth, formatValue, labelStep } from "./ChartFigure";

type SharedMeasure = CallerOutputs["benefits"]["rollUp"][number];

export function RollUpChart({ measure }: { measure: SharedMeasure }) {
  const data = measure.points.map((p) => ({
    label: formatMonth(p.date),
    mean: Math.round(p.mean * 10) / 10,
  }));
  const first = measure.points[0];
  const last = measure.points[measure.points.length - 1];
  return (
    <ChartFigure
      caption={`${measure.name} (${measure.unit}), mean of ${measure.partnerships.length} partnerships`}
      summary={
        first && last
          ? `From ${formatValue(first.mean)} in ${formatMonth(first.date)} to ${formatValue(last.mean)} in ${formatMonth(last.date)}, averaged across ${measure.partnerships.join(", ")}.`
          : "No values yet."
      }
      chart={
        <LineChart
          width={640}
          height={240}
          data={data}
          margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
        >
          <CartesianGrid stroke="#d8dde0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={labelStep(data.length)} />
          <YAxis tick={{ fontSize: 11 }} domain={["auto", "auto"]} interval={0} />
          <Line dataKey="mean" stroke="#005eb8" isAnimationActive={false} />
        </LineChart>
      }
      table={
        <table>
          <caption className="visually-hidden">{measure.name} by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Mean</th>
              <th scope="col">Partnerships reporting</th>
            </tr>
          </thead>
          <tbody>
            {measure.points.map((p, i) => (
              <tr key={i}>
                <th scope="row">{formatMonth(p.date)}</th>
                <td>{formatValue(p.mean)}</td>
                <td>{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
