// A Making Data Count style SPC chart: values, mean, process limits, target, and points that a
// special-cause rule flags coloured (blue improvement, orange concern) and shaped, not colour only.
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import type { CallerOutputs } from "@coproduce/api";
import { ChartFigure, formatMonth, formatValue, labelStep } from "./ChartFigure";

type SpcData = CallerOutputs["benefits"]["forPartnership"][number]["spc"];

const RULE_LABELS: Record<string, string> = {
  outside_limits: "outside the process limits",
  shift: "run of 7 on one side of the mean",
  trend: "trend of 7 rising or falling",
  two_of_three: "2 of 3 near a limit",
};

export const VARIATION_TEXT: Record<string, string> = {
  improvement: "Special cause: improvement",
  concern: "Special cause: concern",
  common_cause: "Common cause: no significant change",
  not_enough_data: "Not enough data yet",
};
export const ASSURANCE_TEXT: Record<string, string> = {
  pass: "Will consistently meet the target",
  fail: "Will consistently miss the target",
  hit_and_miss: "Hit and miss: will sometimes meet the target",
  no_target: "No target set",
  not_enough_data: "Not enough data yet",
};

function PointDot(props: {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: { signal: string | null };
}) {
  const { cx, cy, payload, index } = props;
  if (cx === undefined || cy === undefined) return <g key={index} />;
  if (payload?.signal === "improvement") {
    return <rect key={index} x={cx - 5} y={cy - 5} width={10} height={10} fill="#005eb8" />;
  }
  if (payload?.signal === "concern") {
    return (
      <path
        key={index}
        d={`M${cx},${cy - 6}L${cx + 6},${cy + 5}L${cx - 6},${cy + 5}Z`}
        fill="#b34700"
      />
    );
  }
  return <circle key={index} cx={cx} cy={cy} r={3.5} fill="#4c6272" />;
}

export function SpcChart({ name, unit, spc }: { name: string; unit: string; spc: SpcData }) {
  const data = spc.points.map((p) => ({
    label: formatMonth(p.date),
    value: p.value,
    mean: spc.mean,
    upper: spc.upperLimit,
    lower: spc.lowerLimit,
    target: spc.target,
    signal: p.signal,
  }));
  const flagged = spc.points.filter((p) => p.signal).length;
  const summary = `${name} (${unit}): ${spc.points.length} values, mean ${formatValue(spc.mean)}, process limits ${formatValue(spc.lowerLimit)} to ${formatValue(spc.upperLimit)}${spc.target !== null ? `, target ${formatValue(spc.target)}` : ""}. ${VARIATION_TEXT[spc.variation]}. ${ASSURANCE_TEXT[spc.assurance]}. ${flagged} points flagged by a special-cause rule.`;
  return (
    <ChartFigure
      caption={`${name} (${unit})`}
      summary={summary}
      chart={
        <LineChart
          width={640}
          height={280}
          data={data}
          margin={{ top: 10, right: 20, bottom: 10, left: 0 }}
        >
          <CartesianGrid stroke="#d8dde0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={labelStep(data.length)} />
          <YAxis tick={{ fontSize: 11 }} domain={["auto", "auto"]} interval={0} />
          <Line
            dataKey="upper"
            stroke="#768692"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="lower"
            stroke="#768692"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line dataKey="mean" stroke="#212b32" dot={false} isAnimationActive={false} />
          {spc.target !== null && (
            <Line
              dataKey="target"
              stroke="#b10e1e"
              strokeDasharray="8 3"
              dot={false}
              isAnimationActive={false}
            />
          )}
          <Line dataKey="value" stroke="#4c6272" dot={PointDot} isAnimationActive={false} />
        </LineChart>
      }
      table={
        <table>
          <caption className="visually-hidden">{name} values</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Value</th>
              <th scope="col">Special cause</th>
            </tr>
          </thead>
          <tbody>
            {spc.points.map((p, i) => (
              <tr key={i}>
                <th scope="row">{formatMonth(p.date)}</th>
                <td>{formatValue(p.value)}</td>
                <td>
                  {p.signal
                    ? `${p.signal === "improvement" ? "Improvement" : "Concern"}: ${p.flags.map((f) => RULE_LABELS[f.rule]).join("; ")}`
                    : "None"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
