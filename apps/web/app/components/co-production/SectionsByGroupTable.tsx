// The representation dashboard's table of sections against stakeholder groups: how many people
// of each group had any part in each section, with the sections no service user or carer
// shaped picked out.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";

type SectionsByGroup = CallerOutputs["coProduction"]["sections"];

export function SectionsByGroupTable({ slug, table }: { slug: string; table: SectionsByGroup }) {
  const caption = "People who shaped each section, by stakeholder group";
  if (table.sections.length === 0) return <p>The Toolbox has no sections yet.</p>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="sections-by-group">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            {table.groups.map((group) => (
              <th scope="col" key={group.key ?? "none"}>
                {group.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.sections.map((section) => (
            <tr key={section.id}>
              <th scope="row">
                <Link to={`/p/${slug}/toolbox/${section.id}`}>{section.title}</Link>
                <span className="meta"> {section.documentTitle}</span>
                {!section.livedExperience && (
                  <strong className="below-target"> No service user or carer</strong>
                )}
              </th>
              {section.people.map((count, index) => (
                <td key={table.groups[index]?.key ?? "none"}>{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
