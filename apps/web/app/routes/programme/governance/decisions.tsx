// The programme's decision log: status changes, suggestions accepted or rejected, approvals and
// objections, releases. Filtered by section, person and kind (in the address, so a filtered
// view can be shared), and downloadable as CSV with the same filters.
import { Form, Link } from "react-router";
import type { Route } from "./+types/decisions";
import { load } from "../../../lib/trpc-errors.server";
import { decisionFilters } from "../../../lib/decision-filters";
import { formatDateTime } from "@coproduce/shared/labels";
import { SelectField } from "../../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Decision log – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const filters = decisionFilters(url.searchParams);
  const log = await load(request, () =>
    context.trpc.governance.decisionLog.list({ programmeSlug: params.slug, ...filters }),
  );
  return { ...log, filters, query: url.search };
}

export default function Decisions({ loaderData, params }: Route.ComponentProps) {
  const { entries, more, kinds, sections, people, filters, query } = loaderData;
  const filtered = Boolean(filters.sectionId || filters.personId || filters.kind);
  return (
    <>
      <h1>Decision log</h1>
      <p className="lead">
        Every decision about the Toolbox, newest first: status changes, suggestions accepted or
        rejected, approvals and objections, and releases. Entries are never changed or removed.
      </p>
      <Form method="get" className="decision-filters" aria-label="Filter the decisions">
        <SelectField
          label="Section"
          name="sectionId"
          defaultValue={filters.sectionId ?? ""}
          options={[
            { value: "", label: "All sections" },
            ...sections.map((section) => ({ value: section.id, label: section.title })),
          ]}
        />
        <SelectField
          label="Person"
          name="personId"
          defaultValue={filters.personId ?? ""}
          options={[
            { value: "", label: "Everyone" },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={filters.kind ?? ""}
          options={[{ value: "", label: "All kinds" }, ...kinds]}
        />
        <div className="button-row">
          <button type="submit" className="button">
            Show decisions
          </button>
          {filtered && (
            <Link to={`/p/${params.slug}/decisions`} className="button button-secondary">
              Clear filters
            </Link>
          )}
        </div>
      </Form>
      <p>
        <a href={`/p/${params.slug}/decisions/export${query}`} download>
          Download {filtered ? "these decisions" : "the decision log"} (CSV)
        </a>
      </p>
      {entries.length === 0 ? (
        <p>{filtered ? "No decisions match these filters." : "No decisions are recorded yet."}</p>
      ) : (
        <ol className="decision-list" aria-label="Decisions">
          {entries.map((entry) => (
            <li key={entry.id} className="card">
              <p className="meta">
                <strong>{entry.kindName}</strong> · {formatDateTime(entry.createdAt)} UTC ·{" "}
                {entry.actor ? `by ${entry.actor.name}` : "automatic"}
                {entry.subjectPerson && entry.subjectPerson.id !== entry.actor?.id
                  ? ` · about ${entry.subjectPerson.name}`
                  : ""}
              </p>
              {entry.sectionId && (
                <p className="meta">
                  Section:{" "}
                  {entry.sectionTitle ? (
                    <Link to={`/p/${params.slug}/toolbox/${entry.sectionId}`}>
                      {entry.sectionTitle}
                    </Link>
                  ) : (
                    "a removed section"
                  )}
                </p>
              )}
              <p className="decision-summary">{entry.summary}</p>
            </li>
          ))}
        </ol>
      )}
      {more && <p>Only the newest 200 are shown. The download holds every decision.</p>}
    </>
  );
}
