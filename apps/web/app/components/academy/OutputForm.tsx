// Turns a note or a group into an output (idea, action or decision), linked to a toolkit
// section or a partnership. Facilitators only; the server checks it again.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { OUTPUT_KINDS } from "@coproduce/shared/vocabulary";
import { outputKindLabel } from "../../lib/academy-format";

/** Sections and partnerships outputs can link to, as the router returns them. */
export type OutputTargets = CallerOutputs["academy"]["outputTargets"];

export function OutputForm({
  source,
  title,
  targets,
  busy,
}: {
  source: { noteId?: string; clusterId?: string };
  title: string;
  targets: OutputTargets;
  busy: boolean;
}) {
  const id = source.noteId ?? source.clusterId ?? "";
  return (
    <details className="output-form">
      <summary>
        Make an output<span className="visually-hidden"> from: {title}</span>
      </summary>
      <Form method="post">
        <input type="hidden" name="intent" value="create-output" />
        <input type="hidden" name="noteId" value={source.noteId ?? ""} />
        <input type="hidden" name="clusterId" value={source.clusterId ?? ""} />
        <div className="field">
          <label htmlFor={`output-kind-${id}`}>Kind</label>
          <select id={`output-kind-${id}`} name="kind">
            {OUTPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {outputKindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`output-title-${id}`}>Title</label>
          <input id={`output-title-${id}`} name="title" defaultValue={title} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`output-owner-${id}`}>Owner (actions)</label>
          <input id={`output-owner-${id}`} name="ownerName" maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor={`output-due-${id}`}>Due date (actions)</label>
          <input id={`output-due-${id}`} name="dueDate" type="date" />
        </div>
        <div className="field">
          <label htmlFor={`output-section-${id}`}>Toolkit section</label>
          <select id={`output-section-${id}`} name="sectionId">
            <option value="">None</option>
            {targets.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`output-partnership-${id}`}>Partnership</label>
          <select id={`output-partnership-${id}`} name="partnershipId">
            <option value="">None</option>
            {targets.partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          Save output
        </button>
      </Form>
    </details>
  );
}
