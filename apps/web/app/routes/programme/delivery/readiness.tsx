// Readiness compared across partnerships: latest overall score, and each consideration's score.
import { Link } from "react-router";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import type { Route } from "./+types/readiness";
import { load } from "../../../lib/trpc-errors.server";
import { ChartFigure, formatDay, oneLineTick } from "../../../components/delivery/ChartFigure";

export const meta: Route.MetaFunction = () => [{ title: "Readiness – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const comparison = await load(request, () =>
    context.trpc.readiness.comparison({ programmeSlug }),
  );
  const considerations = await context.trpc.readiness.considerations({ programmeSlug });
  return { comparison, considerations };
}

export default function Readiness({ loaderData, params }: Route.ComponentProps) {
  const { comparison, considerations } = loaderData;
  const assessed = comparison.filter((p) => p.latest);
  const data = assessed.map((p) => ({ name: p.name, percent: p.latest!.percent }));
  return (
    <>
      <h1>Readiness</h1>
      <p className="lead">
        Each partnership&apos;s latest self-assessment against the 12 practical considerations (1 =
        not started, 5 = embedded).
      </p>
      <ChartFigure
        caption="Overall readiness by partnership (latest assessment)"
        summary={data.map((d) => `${d.name} ${d.percent}%`).join("; ") || "No assessments yet."}
        chart={
          <BarChart
            width={720}
            height={Math.max(160, data.length * 32 + 40)}
            data={data}
            layout="vertical"
            margin={{ left: 10, right: 20 }}
          >
            <CartesianGrid stroke="#d8dde0" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} interval={0} />
            {/* A fixed interval and one-line labels: recharts' own measure the text in the
                browser, so the server's render differed. */}
            <YAxis type="category" dataKey="name" width={270} tick={oneLineTick(10)} interval={0} />
            <Bar dataKey="percent" fill="#005eb8" isAnimationActive={false} />
          </BarChart>
        }
        table={
          <table>
            <caption className="visually-hidden">Overall readiness</caption>
            <thead>
              <tr>
                <th scope="col">Partnership</th>
                <th scope="col">Readiness</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>{d.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <h2 id="by-consideration">Scores by consideration</h2>
      <div
        className="table-scroll heat-map"
        role="region"
        aria-labelledby="by-consideration"
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">
            Latest score for each consideration by partnership
          </caption>
          <thead>
            <tr>
              <th scope="col">Partnership (assessed)</th>
              {considerations.map((c) => (
                <th scope="col" key={c.id}>
                  <abbr title={c.title}>{c.number}</abbr>
                  <span className="visually-hidden"> {c.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/p/${params.slug}/delivery-models/${p.id}`}>{p.name}</Link>{" "}
                  <span className="meta">
                    {p.latest ? `(${formatDay(p.latest.assessedOn)})` : "(not yet)"}
                  </span>
                </th>
                {considerations.map((c) => (
                  <td key={c.id}>
                    {p.latest?.scores.find((s) => s.considerationId === c.id)?.score ?? "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="meta">
        {considerations.map((c) => (
          <li key={c.id}>{c.title}</li>
        ))}
      </ol>
    </>
  );
}
