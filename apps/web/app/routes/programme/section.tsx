import { Form, Link, useNavigation } from "react-router";
import { SECTION_STATUSES } from "@coproduce/db/vocabulary";
import type { Route } from "./+types/section";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { formatDate, sectionStatusLabel } from "../../lib/labels";
import { ErrorSummary } from "../../components/ErrorSummary";
import { FormField } from "../../components/FormField";
import { SelectField } from "../../components/SelectField";
import { SectionEditor } from "../../components/editor";
import { personColour } from "../../lib/person-colour";
import { PublishedDraftBanner } from "../../components/toolbox/PublishedDraftBanner";
import { CommentsPanel, useCommentUi } from "../../components/comments";
import { AcademyOutputs } from "../../components/academy/AcademyOutputs";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.section.title ?? "Section"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const [section, members, published, comments, academyOutputs] = await load(request, () =>
    Promise.all([
      context.trpc.toolbox.section({ programmeSlug, sectionId: params.sectionId }),
      context.trpc.members.list({ programmeSlug }),
      context.trpc.publishing.sectionStatus({ programmeSlug, sectionId: params.sectionId }),
      context.trpc.comments.threads({ programmeSlug, sectionId: params.sectionId }),
      context.trpc.academy.sectionOutputs({ programmeSlug, sectionId: params.sectionId }),
    ]),
  );
  const possibleOwners = members
    .filter((m) => ["admin", "facilitator", "editor"].includes(m.role))
    .map((m) => ({ id: m.userId, name: m.name }));
  const user = context.user!;
  const mentionable = members.map((m) => ({ id: m.userId, name: m.name }));
  return {
    section,
    possibleOwners,
    published,
    comments,
    mentionable,
    academyOutputs,
    me: { name: user.name, color: personColour(user.id) },
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const ownerId = field(form, "ownerId");
  const result = await attempt(() =>
    context.trpc.toolbox.updateSection({
      programmeSlug: params.slug,
      sectionId: params.sectionId,
      title: field(form, "title"),
      // The server checks the status is one of SECTION_STATUSES.
      status: field(form, "status") as (typeof SECTION_STATUSES)[number],
      ownerId: ownerId === "" ? null : ownerId,
    }),
  );
  if (!result.ok) return result.response;
  return { done: "Section details saved." };
}

export default function Section({ loaderData, actionData, params }: Route.ComponentProps) {
  const { section, possibleOwners, published, me, comments, mentionable, academyOutputs } =
    loaderData;
  const commentUi = useCommentUi(comments.threads);
  const navigation = useNavigation();
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> › {section.documentTitle}
      </nav>
      <h1>{section.title}</h1>
      <p className="meta">
        <span className={`badge badge-${section.status}`}>
          {sectionStatusLabel(section.status)}
        </span>{" "}
        Owner: {section.ownerName ?? "No owner yet"}. Last changed {formatDate(section.updatedAt)}.{" "}
        <Link to={`/p/${params.slug}/toolbox/${section.id}/versions`}>Versions</Link>
      </p>
      {section.canEdit && <PublishedDraftBanner published={published} slug={params.slug} />}
      <div className="section-with-comments">
        <SectionEditor
          key={section.id}
          documentName={`section:${section.id}`}
          user={me}
          editable={section.canEdit}
          initialHtml={section.html}
          comments={commentUi}
        />
        <CommentsPanel
          programmeSlug={params.slug}
          sectionId={section.id}
          canComment={comments.canComment}
          threads={comments.threads}
          people={mentionable}
          ui={commentUi}
        />
      </div>
      <AcademyOutputs slug={params.slug} outputs={academyOutputs} />
      {section.canEdit && (
        <details className="card section-settings" open={!!errors}>
          <summary>Section details: title, status and owner</summary>
          {done && (
            <p className="notice" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={errors?.formError} />
          <Form method="post" noValidate>
            <FormField
              label="Title"
              name="title"
              defaultValue={section.title}
              maxLength={200}
              required
              error={errors?.fieldErrors.title}
            />
            <SelectField
              label="Status"
              name="status"
              defaultValue={section.status}
              options={SECTION_STATUSES.map((status) => ({
                value: status,
                label: sectionStatusLabel(status),
              }))}
            />
            <SelectField
              label="Owner"
              name="ownerId"
              defaultValue={section.ownerId ?? ""}
              options={[
                { value: "", label: "No owner" },
                ...possibleOwners.map((owner) => ({ value: owner.id, label: owner.name })),
              ]}
            />
            <button type="submit" className="button" disabled={navigation.state !== "idle"}>
              Save details
            </button>
          </Form>
        </details>
      )}
    </>
  );
}
