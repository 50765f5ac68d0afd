// Who is taking part: editing the Toolbox and giving feedback, by stakeholder group and by
// place, against the programme's targets. Admins set the targets here.
import { Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/representation";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { ErrorSummary } from "../../components/ErrorSummary";
import { ShareBarChart } from "../../components/ShareBarChart";
import { SectionsByGroupTable } from "../../components/co-production/SectionsByGroupTable";

export const meta: Route.MetaFunction = () => [{ title: "Who is taking part – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const [report, sectionsByGroup] = await load(request, () =>
    Promise.all([
      context.trpc.representation.report({ programmeSlug }),
      context.trpc.coProduction.sections({ programmeSlug }),
    ]),
  );
  return { ...report, sectionsByGroup };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const targets = form
    .getAll("group")
    .map(String)
    .map((key) => {
      const raw = field(form, `target-${key}`).trim();
      return { stakeholderGroupKey: key, targetPercent: raw === "" ? null : raw };
    });
  const result = await attempt(() =>
    context.trpc.representation.setTargets({ programmeSlug: params.slug, targets }),
  );
  if (!result.ok) return result.response;
  return { done: "Targets saved." };
}

type Row = Route.ComponentProps["loaderData"]["byGroup"][number];

function ParticipationTable({
  caption,
  firstColumn,
  rows,
  activities,
  showTargets,
}: {
  caption: string;
  firstColumn: string;
  rows: Row[];
  activities: readonly { key: string; label: string }[];
  showTargets: boolean;
}) {
  return (
    // A region that takes focus, so a keyboard can scroll the table sideways on a phone.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {activities.map((a) => (
              <th scope="col" key={a.key}>
                {a.label}
              </th>
            ))}
            <th scope="col">Share of all</th>
            {showTargets && <th scope="col">Target</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.belowTarget ? "row-below-target" : undefined}>
              <th scope="row">{row.name}</th>
              {activities.map((a) => (
                <td key={a.key}>{row.counts[a.key as keyof Row["counts"]]}</td>
              ))}
              <td>{row.share}%</td>
              {showTargets && (
                <td>
                  {row.targetPercent === null ? "None" : `${row.targetPercent}%`}
                  {row.belowTarget && <strong className="below-target"> Below target</strong>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Representation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { byGroup, byPlace, activities, total, canManage, sectionsByGroup } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const below = byGroup.filter((row) => row.belowTarget);
  return (
    <>
      <h1>Who is taking part</h1>
      <p className="lead">
        Everyone the programme serves should have a say. This counts the people who edited or
        commented on the Toolbox, who came to Change Academy sessions, and every piece of feedback,
        by who they are and where they live.
      </p>
      {below.length > 0 && (
        <p className="notice notice-warning">
          Below target: {below.map((row) => row.name).join(", ")}. Think about how to reach these
          groups, for example through the <Link to="../feedback">feedback</Link> links or a Change
          Academy session.
        </p>
      )}
      <p>{total} contributions counted in all.</p>
      <h2>By stakeholder group</h2>
      <ShareBarChart
        title="Share of contributions by stakeholder group"
        bars={byGroup.map((row) => ({
          key: row.key,
          label: row.name,
          share: row.share,
          target: row.targetPercent,
          belowTarget: row.belowTarget,
        }))}
      />
      <ParticipationTable
        caption="Contributions by stakeholder group"
        firstColumn="Group"
        rows={byGroup}
        activities={activities}
        showTargets
      />
      <h2>By place</h2>
      <ParticipationTable
        caption="Contributions by place"
        firstColumn="Place"
        rows={byPlace}
        activities={activities}
        showTargets={false}
      />
      <h2>Who shaped each section</h2>
      <p>
        For each section of the Toolbox, how many people of each group drafted, commented, suggested
        changes, reviewed or approved it.
      </p>
      <SectionsByGroupTable slug={params.slug} table={sectionsByGroup} />
      {canManage && (
        <section className="card" aria-labelledby="targets-heading">
          <h2 id="targets-heading">Targets</h2>
          <p>
            The share of all contributions the programme wants from each group, in per cent. Leave a
            box empty for no target. Together they can add up to 100% at most.
          </p>
          {done && (
            <p className="notice" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={errors?.formError} />
          <Form method="post" noValidate className="targets-form">
            {byGroup
              .filter((row) => row.key !== "not_said")
              .map((row) => (
                <div className="field field-inline" key={row.key}>
                  <input type="hidden" name="group" value={row.key} />
                  <label htmlFor={`target-${row.key}`}>{row.name} (%)</label>
                  <input
                    id={`target-${row.key}`}
                    name={`target-${row.key}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    defaultValue={row.targetPercent ?? ""}
                  />
                </div>
              ))}
            <button type="submit" className="button" disabled={busy}>
              Save targets
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
