// Milestones across partnerships: a timeline chart, and the expectations view that sets the
// original plan beside the current one.
import { Link } from "react-router";
import type { Route } from "./+types/milestones";
import { load } from "../../../lib/trpc-errors.server";
import { MilestoneTimeline } from "../../../components/delivery/MilestoneTimeline";
import { formatDay } from "../../../components/delivery/ChartFigure";
import { MILESTONE_STATUS_LABELS } from "@coproduce/shared/vocabulary";
import { labelIn } from "@coproduce/shared/labels";

export const meta: Route.MetaFunction = () => [{ title: "Milestones – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const milestones = await load(request, () =>
    context.trpc.milestones.list({ programmeSlug: params.slug }),
  );
  return { milestones };
}

export default function Milestones({ loaderData, params }: Route.ComponentProps) {
  const { milestones } = loaderData;
  const slipped = milestones.filter((m) => m.slippageDays > 0);
  const worst = slipped.reduce((a, m) => Math.max(a, m.slippageDays), 0);
  return (
    <>
      <h1>Milestones</h1>
      <p className="lead">
        {slipped.length} of {milestones.length} milestones have slipped from their original plan
        {worst > 0 ? `; the longest by ${worst} days` : ""}.
      </p>
      {milestones.length > 0 && <MilestoneTimeline milestones={milestones} />}
      <h2 id="expectations">Expectations: original plan and current plan</h2>
      <div className="table-scroll" role="region" aria-labelledby="expectations" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            Original and current plan for every milestone
          </caption>
          <thead>
            <tr>
              <th scope="col">Partnership</th>
              <th scope="col">Milestone</th>
              <th scope="col">Status</th>
              <th scope="col">Original plan</th>
              <th scope="col">Current plan or actual</th>
              <th scope="col">Slippage</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/p/${params.slug}/delivery-models/${m.partnership.id}`}>
                    {m.partnership.name}
                  </Link>
                </td>
                <th scope="row">{m.title}</th>
                <td>{labelIn(MILESTONE_STATUS_LABELS, m.status) ?? m.status}</td>
                <td>{formatDay(m.plannedDate)}</td>
                <td>
                  {m.actualDate
                    ? `Met ${formatDay(m.actualDate)}`
                    : formatDay(m.forecastDate ?? m.plannedDate)}
                </td>
                <td className={m.slippageDays > 0 ? "slipped" : undefined}>{m.slippage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
