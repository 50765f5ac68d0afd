// The adoption matrix as an accessible heat map (toolkit sections × partnerships), and one
// section's row: who has adopted it and how they varied it.
import { Link } from "react-router";
import type { Route } from "./+types/matrix";
import { load } from "../../../lib/trpc-errors.server";
import { AdoptionBadge } from "../../../components/delivery/AdoptionBadge";
import { formatDay } from "../../../components/delivery/ChartFigure";
import { ADOPTION_STATUSES } from "@coproduce/db/vocabulary";
import { cellIndex } from "../../../lib/cell-index";

export const meta: Route.MetaFunction = () => [{ title: "Adoption matrix – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const sectionId = search.get("section") ?? undefined;
  // A page number that is not a whole number from 1 shows the first page.
  const page = Math.max(1, Math.floor(Number(search.get("page")) || 1));
  const matrix = await load(request, () =>
    context.trpc.adoption.matrix({ programmeSlug: params.slug, page, sectionId }),
  );
  return { matrix, sectionId: sectionId ?? null };
}

export default function Matrix({ loaderData, params }: Route.ComponentProps) {
  const { matrix, sectionId } = loaderData;
  const base = `/p/${params.slug}/delivery-models`;
  const cellFor = cellIndex(matrix.cells);
  const section = sectionId ? matrix.sections.find((s) => s.id === sectionId) : undefined;

  if (section) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={`${base}/matrix`}>Adoption matrix</Link>
        </p>
        <h1>{section.title}</h1>
        <p className="lead">Who has adopted this section, and how they varied it.</p>
        <div
          className="table-scroll"
          role="region"
          aria-label={`Adoption of ${section.title}`}
          tabIndex={0}
        >
          <table>
            <caption className="visually-hidden">
              Adoption of {section.title} by partnership
            </caption>
            <thead>
              <tr>
                <th scope="col">Partnership</th>
                <th scope="col">Status</th>
                <th scope="col">Detail</th>
                <th scope="col">Evidence</th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {matrix.partnerships.map((p) => {
                const cell = cellFor(p.id, section.id);
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`${base}/${p.id}`}>{p.name}</Link>
                    </th>
                    <td>
                      <AdoptionBadge status={cell?.status ?? "not_started"} />
                    </td>
                    <td>
                      {cell?.status === "adapted" && cell.variation}
                      {cell?.status === "planned" && `Planned for ${formatDay(cell.plannedFor)}`}
                      {cell?.status === "not_applicable" && cell.reason}
                    </td>
                    <td>
                      {cell?.evidence
                        ? cell.evidence.split("\n").map((link) => (
                            <a key={link} href={link} rel="noreferrer">
                              {link}
                            </a>
                          ))
                        : "None"}
                    </td>
                    <td>
                      {cell
                        ? `${cell.updatedBy?.name ?? "Someone"}, ${formatDay(cell.updatedAt)}`
                        : "Never"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  const counts = Object.fromEntries(ADOPTION_STATUSES.map((s) => [s, matrix.totals[s] ?? 0]));
  const lastRow = matrix.firstRow + matrix.sections.length - 1;
  return (
    <>
      <h1>Adoption matrix</h1>
      <p className="lead">
        How far each partnership has taken up each section of the toolkit. Choose a section to see
        how partnerships varied it, or a partnership to see how far through the toolkit it is.
      </p>
      <ul className="plain-list" aria-label="Key">
        {ADOPTION_STATUSES.map((s) => (
          <li key={s}>
            <AdoptionBadge status={s} /> {counts[s]} {counts[s] === 1 ? "cell" : "cells"}
          </li>
        ))}
      </ul>
      <div
        className="table-scroll heat-map"
        role="region"
        aria-label="Adoption matrix"
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">
            Adoption of toolkit sections (rows) by partnerships (columns)
          </caption>
          <thead>
            <tr>
              <th scope="col">Toolkit section</th>
              {matrix.partnerships.map((p) => (
                <th scope="col" key={p.id}>
                  <Link to={`${base}/${p.id}`}>{p.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.sections.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link to={`?section=${s.id}`}>{s.title}</Link>
                </th>
                {matrix.partnerships.map((p) => (
                  <td key={p.id}>
                    <AdoptionBadge status={cellFor(p.id, s.id)?.status ?? "not_started"} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.pages > 1 && (
        <nav className="pagination" aria-label="Matrix pages">
          <p>
            Sections {matrix.firstRow} to {lastRow} of {matrix.sectionCount}.
          </p>
          <ul className="plain-list button-row">
            {matrix.page > 1 && (
              <li>
                <Link to={`?page=${matrix.page - 1}`}>Previous sections</Link>
              </li>
            )}
            {matrix.page < matrix.pages && (
              <li>
                <Link to={`?page=${matrix.page + 1}`}>Next sections</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
