// The partnership's local versions of toolkit sections: which it has, whether each is
// published, and which are behind the core; and, for those who may, starting another.
import { Form, Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { ErrorSummary } from "../../ErrorSummary";
import { SelectField } from "../../SelectField";
import type { ErrorsFor } from "./panel-errors";

type Variant = CallerOutputs["variants"]["list"][number];
/** The toolkit's sections, as the adoption column lists them: one may start a local version. */
type Sections = CallerOutputs["adoption"]["forPartnership"]["sections"];

export function LocalVersionsPanel({
  slug,
  sections,
  variants,
  canEdit,
  errorsFor,
}: {
  slug: string;
  sections: Sections;
  variants: Variant[];
  canEdit: boolean;
  errorsFor: ErrorsFor;
}) {
  const started = new Set(variants.map((v) => v.coreSectionId));
  const open = sections.filter((s) => !started.has(s.id));
  const errors = errorsFor("startVariant:");
  return (
    <>
      <h2 id="local-versions">Local versions</h2>
      {variants.length === 0 ? (
        <p>No local versions of toolkit sections yet.</p>
      ) : (
        <ul className="plain-list">
          {variants.map((v) => (
            <li key={v.id}>
              <Link to={`/p/${slug}/local-versions/${v.id}`}>{v.coreTitle}</Link>{" "}
              <span
                className={`badge ${v.status === "published" ? "badge-agreed" : "badge-draft"}`}
              >
                {v.status === "published" ? "Published" : "Draft"}
              </span>{" "}
              {v.behind && <span className="badge badge-in_review">Behind the core</span>}
            </li>
          ))}
        </ul>
      )}
      {canEdit && open.length > 0 && (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="startVariant" />
          <ErrorSummary message={errors?.formError} />
          <p className="hint">
            A local version starts with the words of the core&rsquo;s latest release. Your
            partnership then changes them together.
          </p>
          <SelectField
            label="Toolkit section"
            name="sectionId"
            options={open.map((s) => ({ value: s.id, label: s.title }))}
          />
          <button type="submit" className="button">
            Start a local version
          </button>
        </Form>
      )}
    </>
  );
}
