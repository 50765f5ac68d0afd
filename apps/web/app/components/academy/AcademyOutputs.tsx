// "From the Change Academy": outputs of workshops linked to a toolkit section, on its page.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { formatDay, outputKindLabel } from "../../lib/academy-format";

interface AcademyOutputsProps {
  slug: string;
  outputs: CallerOutputs["academy"]["sectionOutputs"];
}

export function AcademyOutputs({ slug, outputs }: AcademyOutputsProps) {
  if (outputs.length === 0) return null;
  return (
    <section className="card academy-outputs" aria-labelledby="academy-outputs-heading">
      <h2 id="academy-outputs-heading">From the Change Academy</h2>
      <ul className="plain-list">
        {outputs.map((o) => (
          <li key={o.id}>
            {outputKindLabel(o.kind)}: {o.title}
            {o.kind === "action" && (o.status === "done" ? " (done)" : " (open)")}{" "}
            <span className="meta">
              from <Link to={`/p/${slug}/academy/${o.session.id}/record`}>{o.session.title}</Link>,{" "}
              {formatDay(o.session.startsAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
