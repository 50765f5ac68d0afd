// The adoption matrix as an accessible heat map (toolkit sections × partnerships), and one
// section's row: who has adopted it and how they varied it. At a real programme's size the
// matrix is filtered (in the address) and paged: 25 sections by 20 partnerships at a time.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import type { Route } from "./+types/matrix";
import { load } from "../../../lib/trpc-errors.server";
import { AdoptionBadge } from "../../../components/delivery/AdoptionBadge";
import { formatDay } from "../../../components/delivery/ChartFigure";
import {
  ADOPTION_STATUSES,
  CARE_MODEL_TYPES,
  PARTNERSHIP_STATUSES,
} from "@coproduce/shared/vocabulary";
import { cellIndex } from "../../../lib/cell-index";
import { oneOf } from "../../../lib/form";
import { MatrixFilters } from "../../../components/delivery/MatrixFilters";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = () => [{ title: "Adoption matrix – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const sectionId = search.get("section") || undefined;
  // A page number that is not a whole number from 1 shows the first page.
  const pageOf = (name: string) => Math.max(1, Math.floor(Number(search.get(name)) || 1));
  // A filter value that is not in the list is ignored, as "all".
  const matrix = await load(request, () =>
    context.trpc.adoption.matrix({
      programmeSlug: params.slug,
      page: pageOf("page"),
      partnershipPage: pageOf("cols"),
      sectionId,
      careModelType: oneOf(CARE_MODEL_TYPES, search.get("type") ?? "") ?? undefined,
      placeId: search.get("place") || undefined,
      // Longer than any place's name: cut rather than refused, like other filter values.
      placeName: search.get("placeName")?.slice(0, 200) || undefined,
      status: oneOf(PARTNERSHIP_STATUSES, search.get("status") ?? "") ?? undefined,
    }),
  );
  // One section's detail links each Adapted cell to that partnership's local version.
  const variants = sectionId
    ? await context.trpc.variants.list({ programmeSlug: params.slug, coreSectionId: sectionId })
    : [];
  return { matrix, sectionId: sectionId ?? null, variants };
}

/** The address of the matrix with these filters and pages (omitted when first or empty). */
function matrixHref(
  filters: CallerOutputs["adoption"]["matrix"]["filters"],
  pages: { page?: number; cols?: number; section?: string },
) {
  const query = new URLSearchParams();
  if (filters.careModelType) query.set("type", filters.careModelType);
  if (filters.placeId) query.set("place", filters.placeId);
  if (filters.status) query.set("status", filters.status);
  if (pages.section) query.set("section", pages.section);
  if (pages.page && pages.page > 1) query.set("page", String(pages.page));
  if (pages.cols && pages.cols > 1) query.set("cols", String(pages.cols));
  return `?${query.toString()}`;
}

export default function Matrix({ loaderData, params }: Route.ComponentProps) {
  const { matrix, sectionId, variants } = loaderData;
  const localVersionOf = new Map(variants.map((v) => [v.partnershipId, v.id]));
  const base = `/p/${params.slug}/delivery-models`;
  const cellFor = cellIndex(matrix.cells);
  const section = sectionId ? matrix.sections.find((s) => s.id === sectionId) : undefined;

  if (section) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={matrixHref(matrix.filters, {})}>Adoption matrix</Link>
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
                      {cell?.status === "adapted" && localVersionOf.has(p.id) && (
                        <>
                          {" "}
                          <Link to={`/p/${params.slug}/local-versions/${localVersionOf.get(p.id)}`}>
                            Read the local version
                          </Link>
                        </>
                      )}
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
  const lastColumn = matrix.firstColumn + matrix.partnerships.length - 1;
  const { filters } = matrix;
  const href = (pages: { page?: number; cols?: number; section?: string }) =>
    matrixHref(filters, { page: matrix.page, cols: matrix.partnershipPage, ...pages });
  const partnershipWord = (n: number) => countOf(n, "partnership", "partnerships");
  return (
    <>
      <h1>Adoption matrix</h1>
      <p className="lead">
        How far each partnership has taken up each section of the toolkit. Choose a section to see
        how partnerships varied it, or a partnership to see how far through the toolkit it is.
      </p>
      <MatrixFilters
        filters={filters}
        placeFilter={matrix.placeFilter}
        placeHref={(placeId) => matrixHref({ ...filters, placeId }, {})}
      />
      <p role="status">
        {matrix.partnershipCount === matrix.partnershipTotal
          ? `Showing all ${partnershipWord(matrix.partnershipTotal)}.`
          : `${partnershipWord(matrix.partnershipCount)} of ${matrix.partnershipTotal} match the filters.`}
      </p>
      {matrix.partnershipCount === 0 ? (
        <p>No partnership matches these filters.</p>
      ) : (
        <>
          <h2 className="matrix-key-heading">
            Cells in each status, across the {partnershipWord(matrix.partnershipCount)} and{" "}
            {countOf(matrix.sectionCount, "section", "sections")}
          </h2>
          <ul className="plain-list matrix-key" aria-label="Key">
            {ADOPTION_STATUSES.map((s) => (
              <li key={s}>
                <AdoptionBadge status={s} /> {countOf(counts[s] ?? 0, "cell", "cells")}
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
                      <Link to={matrixHref(filters, { section: s.id })}>{s.title}</Link>
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
          {matrix.partnershipPages > 1 && (
            <nav className="pagination" aria-label="Partnership pages">
              <p>
                Partnerships {matrix.firstColumn} to {lastColumn} of {matrix.partnershipCount}.
              </p>
              <ul className="plain-list button-row">
                {matrix.partnershipPage > 1 && (
                  <li>
                    <Link to={href({ cols: matrix.partnershipPage - 1 })}>
                      Previous partnerships
                    </Link>
                  </li>
                )}
                {matrix.partnershipPage < matrix.partnershipPages && (
                  <li>
                    <Link to={href({ cols: matrix.partnershipPage + 1 })}>Next partnerships</Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {matrix.pages > 1 && (
            <nav className="pagination" aria-label="Section pages">
              <p>
                Sections {matrix.firstRow} to {lastRow} of {matrix.sectionCount}.
              </p>
              <ul className="plain-list button-row">
                {matrix.page > 1 && (
                  <li>
                    <Link to={href({ page: matrix.page - 1 })}>Previous sections</Link>
                  </li>
                )}
                {matrix.page < matrix.pages && (
                  <li>
                    <Link to={href({ page: matrix.page + 1 })}>Next sections</Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </>
  );
}
