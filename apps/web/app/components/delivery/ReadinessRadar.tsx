// A radar chart of one partnership's readiness scores (1–5) for the 12 practical considerations,
// latest assessment against the one before.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import type { CallerOutputs } from "@coproduce/api";
import { ChartFigure, legendText, formatDay } from "./ChartFigure";

type Assessment = CallerOutputs["readiness"]["history"][number];

export function ReadinessRadar({
  name,
  latest,
  previous,
}: {
  name: string;
  latest: Assessment;
  previous?: Assessment;
}) {
  const data = latest.scores.map((s) => ({
    consideration: String(s.consideration.number),
    latest: s.score,
    previous:
      previous?.scores.find((p) => p.consideration.number === s.consideration.number)?.score ??
      null,
  }));
  return (
    <ChartFigure
      caption={`Readiness of ${name}, ${formatDay(latest.assessedOn)}`}
      summary={`Readiness ${latest.percent}% on ${formatDay(latest.assessedOn)}${previous ? `, up from ${previous.percent}% on ${formatDay(previous.assessedOn)}` : ""}. Scores from 1 to 5 for each of the 12 practical considerations are in the table.`.replace(
        "up from",
        previous && previous.percent > latest.percent ? "down from" : "up from",
      )}
      chart={
        <RadarChart width={420} height={360} data={data} outerRadius={130}>
          <PolarGrid />
          <PolarAngleAxis dataKey="consideration" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={{ fontSize: 10 }} />
          {previous && (
            <Radar
              name={`Previous (${formatDay(previous.assessedOn)})`}
              dataKey="previous"
              stroke="#768692"
              fill="#768692"
              fillOpacity={0.15}
              strokeDasharray="4 4"
              isAnimationActive={false}
            />
          )}
          <Radar
            name={`Latest (${formatDay(latest.assessedOn)})`}
            dataKey="latest"
            stroke="#005eb8"
            fill="#005eb8"
            fillOpacity={0.3}
            isAnimationActive={false}
          />
          <Legend formatter={legendText} />
        </RadarChart>
      }
      table={
        <table>
          <caption className="visually-hidden">Readiness scores</caption>
          <thead>
            <tr>
              <th scope="col">Practical consideration</th>
              <th scope="col">Latest score</th>
              {previous && <th scope="col">Previous score</th>}
            </tr>
          </thead>
          <tbody>
            {latest.scores.map((s) => (
              <tr key={s.consideration.number}>
                <th scope="row">
                  {s.consideration.number}. {s.consideration.title}
                </th>
                <td>{s.score}</td>
                {previous && (
                  <td>
                    {data.find((d) => d.consideration === String(s.consideration.number))
                      ?.previous ?? "–"}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
