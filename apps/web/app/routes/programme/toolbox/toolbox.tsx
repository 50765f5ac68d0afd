import { Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/toolbox";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { MOVE_DIRECTIONS } from "@coproduce/api";
import { sectionStatusLabel } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { ActionButton } from "../../../components/ActionButton";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = () => [{ title: "Toolbox – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const toolbox = await load(request, () =>
    context.trpc.toolbox.outline({ programmeSlug: params.slug }),
  );
  const archived = toolbox?.canEdit
    ? await context.trpc.toolbox.archivedSections({ programmeSlug: params.slug })
    : [];
  const editing: Record<string, number> = {};
  for (const document of toolbox?.documents ?? []) {
    for (const section of document.sections) {
      const people = context.peopleIn(sectionDocumentName(section.id));
      if (people > 0) editing[section.id] = people;
    }
  }
  return { toolbox, editing, archived };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const sectionId = field(form, "sectionId");
  const trpc = context.trpc.toolbox;
  switch (field(form, "intent")) {
    case "create": {
      const result = await attempt(() =>
        trpc.createSection({
          programmeSlug,
          documentId: field(form, "documentId"),
          title: field(form, "title"),
        }),
      );
      if (!result.ok) return { ...result.response.data, documentId: field(form, "documentId") };
      return { done: `Section "${result.value.title}" added.` };
    }
    case "move": {
      const result = await attempt(() =>
        trpc.moveSection({
          programmeSlug,
          sectionId,
          direction: choiceField(form, "direction", MOVE_DIRECTIONS, "Choose where to move it."),
        }),
      );
      if (!result.ok) return result.response;
      const direction = field(form, "direction");
      return { done: `Moved "${field(form, "title")}".`, focus: `${sectionId}-${direction}` };
    }
    case "restore": {
      const result = await attempt(() =>
        trpc.archiveSection({ programmeSlug, sectionId, archived: false }),
      );
      if (!result.ok) return result.response;
      return { done: `"${field(form, "title")}" is back in the outline.` };
    }
    case "archive": {
      const result = await attempt(() => trpc.archiveSection({ programmeSlug, sectionId }));
      if (!result.ok) return result.response;
      return { done: `"${field(form, "title")}" has been archived.` };
    }
  }
  return formError("We did not understand that request.");
}

/** A section of the outline, as the router returns it. */
type SectionRow = NonNullable<
  Route.ComponentProps["loaderData"]["toolbox"]
>["documents"][number]["sections"][number];

const MOVES = [
  { direction: "up", label: "Move up", symbol: "↑" },
  { direction: "down", label: "Move down", symbol: "↓" },
  { direction: "in", label: "Move into the section above", symbol: "→" },
  { direction: "out", label: "Move out of its parent", symbol: "←" },
] as const;

function SectionTree({
  sections,
  parentId,
  base,
  canEdit,
  busy,
  editing,
  suggestionCounts,
}: {
  editing: Record<string, number>;
  /** Suggestions waiting for an editor, by section id. */
  suggestionCounts: Record<string, number>;
  sections: SectionRow[];
  parentId: string | null;
  base: string;
  canEdit: boolean;
  busy: boolean;
}) {
  const children = sections.filter((s) => s.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ol className="section-tree">
      {children.map((section) => (
        <li key={section.id}>
          <div className="section-row">
            <Link to={`${base}/${section.id}`}>{section.title}</Link>
            <span className={`badge badge-${section.status}`}>
              {sectionStatusLabel(section.status)}
            </span>
            {suggestionCounts[section.id] && (
              <Link to={`${base}/${section.id}#suggestions`} className="badge badge-suggestions">
                {countOf(suggestionCounts[section.id]!, "suggestion", "suggestions")}
              </Link>
            )}
            {editing[section.id] && (
              <span className="badge badge-live">
                {countOf(editing[section.id]!, "person here now", "people here now")}
              </span>
            )}
            {canEdit && (
              <span className="section-controls">
                {MOVES.map((move) => (
                  <ActionButton
                    key={move.direction}
                    fields={{
                      intent: "move",
                      sectionId: section.id,
                      title: section.title,
                      direction: move.direction,
                    }}
                    className="icon-button"
                    disabled={busy}
                    id={`${section.id}-${move.direction}`}
                    label={`${move.label}: ${section.title}`}
                    title={move.label}
                  >
                    {move.symbol}
                  </ActionButton>
                ))}
                <ActionButton
                  fields={{ intent: "archive", sectionId: section.id, title: section.title }}
                  className="icon-button"
                  disabled={busy}
                  label={`Archive: ${section.title}`}
                >
                  Archive
                </ActionButton>
              </span>
            )}
          </div>
          <SectionTree
            sections={sections}
            parentId={section.id}
            base={base}
            canEdit={canEdit}
            busy={busy}
            editing={editing}
            suggestionCounts={suggestionCounts}
          />
        </li>
      ))}
    </ol>
  );
}

export default function Toolbox({ loaderData, actionData, params }: Route.ComponentProps) {
  const { toolbox } = loaderData;
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const base = `/p/${params.slug}/toolbox`;
  if (!toolbox) {
    return (
      <>
        <h1>Toolbox</h1>
        <p>This programme has no Toolbox yet.</p>
      </>
    );
  }
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const errorDocument = errors && "documentId" in errors ? errors.documentId : undefined;
  return (
    <>
      <h1>{toolbox.title}</h1>
      <p className="lead">
        The Integrated Care Toolkit and its handbooks, written together by everyone in the
        programme.
      </p>
      <p>
        <Link to={`${base}/releases`}>Releases and publishing</Link>: anyone can read the latest
        release in the public Toolbox, without an account.
      </p>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {!errorDocument && <ErrorSummary message={errors?.formError} />}
      {toolbox.documents.map((document) => (
        <section key={document.id} className="card" aria-labelledby={`doc-${document.id}`}>
          <h2 id={`doc-${document.id}`}>{document.title}</h2>
          <p>{document.summary}</p>
          <SectionTree
            sections={document.sections}
            parentId={null}
            base={base}
            canEdit={toolbox.canEdit}
            busy={busy}
            editing={loaderData.editing}
            suggestionCounts={toolbox.suggestionCounts}
          />
          {toolbox.canEdit && (
            // A new key after each success empties the field for the next title.
            <Form method="post" className="inline-form add-section" noValidate key={done ?? "new"}>
              <input type="hidden" name="intent" value="create" />
              <input type="hidden" name="documentId" value={document.id} />
              <div className={errorDocument === document.id ? "field field-error" : "field"}>
                <label htmlFor={`new-${document.id}`}>New section in {document.title}</label>
                {errorDocument === document.id && (
                  <p className="error-message" id={`new-${document.id}-error`}>
                    {errors?.fieldErrors?.title ?? errors?.formError}
                  </p>
                )}
                <input
                  id={`new-${document.id}`}
                  name="title"
                  maxLength={200}
                  aria-invalid={errorDocument === document.id ? true : undefined}
                  aria-describedby={
                    errorDocument === document.id ? `new-${document.id}-error` : undefined
                  }
                />
              </div>
              <button type="submit" className="button" disabled={busy}>
                Add section
              </button>
            </Form>
          )}
        </section>
      ))}
      {loaderData.archived.length > 0 && (
        <section className="card" aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived sections</h2>
          <ul className="plain-list">
            {loaderData.archived.map((section) => (
              <li key={section.id} className="row-item">
                <span>
                  {section.title} <span className="meta">({section.document.title})</span>
                </span>
                <ActionButton
                  fields={{ intent: "restore", sectionId: section.id, title: section.title }}
                  className="button button-secondary"
                  disabled={busy}
                  label={`Restore: ${section.title}`}
                >
                  Restore
                </ActionButton>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
