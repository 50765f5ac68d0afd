import { Form, Link, data, useNavigation } from "react-router";
import { SECTION_STATUSES } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/section";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { htmlForPage } from "../../../lib/page-html.server";
import { choiceField, field } from "../../../lib/form";
import { formatDate, sectionStatusLabel } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";
import { TextAreaField } from "../../../components/TextAreaField";
import { SectionEditor } from "../../../components/editor";
import { personColour } from "../../../lib/person-colour";
import { PublishedDraftBanner } from "../../../components/toolbox/PublishedDraftBanner";
import { CommentsPanel, useCommentUi } from "../../../components/comments";
import { SuggestionsPanel } from "../../../components/suggestions";
import { AcademyOutputs } from "../../../components/academy/AcademyOutputs";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { CoProductionRecord } from "../../../components/co-production/CoProductionRecord";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.section.title ?? "Section"} – Coproduce` },
];

/**
 * Up to this many people who may own a section are listed in the owner picker at once; beyond
 * that (a programme with thousands of editors) it offers the current owner and you, and a link
 * to list everyone, so every page view does not carry thousands of names.
 */
const OWNER_CHOICES = 50;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const everyOwner = new URL(request.url).searchParams.get("owners") === "all";
  const [section, owners, published, comments, academyOutputs, suggestions, coProduction] =
    await load(request, () =>
      Promise.all([
        context.trpc.toolbox.section({ programmeSlug, sectionId: params.sectionId }),
        context.trpc.members.possibleOwners({
          programmeSlug,
          listIfAtMost: everyOwner ? undefined : OWNER_CHOICES,
        }),
        context.trpc.publishing.sectionStatus({ programmeSlug, sectionId: params.sectionId }),
        context.trpc.comments.threads({ programmeSlug, sectionId: params.sectionId }),
        context.trpc.academy.sectionOutputs({ programmeSlug, sectionId: params.sectionId }),
        context.trpc.suggestions.list({ programmeSlug, sectionId: params.sectionId }),
        context.trpc.coProduction.section({ programmeSlug, sectionId: params.sectionId }),
      ]),
    );
  const user = context.user!;
  const listed = owners.people.length === owners.total;
  const shortList = [
    ...(section.ownerId
      ? [{ id: section.ownerId, name: section.ownerName ?? "Current owner" }]
      : []),
    ...(section.ownerId === user.id ? [] : [{ id: user.id, name: `${user.name} (you)` }]),
  ];
  // Only editors see the owner picker: nobody else needs the list.
  const possibleOwners = !section.canEdit ? [] : listed ? owners.people : shortList;
  const moreOwners = section.canEdit && !listed ? owners.total : 0;
  return {
    section: {
      ...section,
      html: htmlForPage(context, sectionDocumentName(section.id), section.html),
    },
    possibleOwners,
    moreOwners,
    everyOwner,
    published,
    comments,
    academyOutputs,
    suggestions,
    coProduction,
    me: { id: user.id, name: user.name, color: personColour(user.id) },
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (field(form, "intent") === "status") {
    const result = await attempt(() =>
      context.trpc.governance.sectionStatus.set({
        programmeSlug: params.slug,
        sectionId: params.sectionId,
        status: choiceField(form, "status", SECTION_STATUSES, "Choose a status from the list."),
        decision: field(form, "decision"),
        consideredWithoutLivedExperience: field(form, "consideredWithoutLivedExperience") === "yes",
      }),
    );
    if (!result.ok) {
      // Which form the message belongs to: the status form has its own.
      return data(
        { ...result.response.data, form: "status" as const },
        result.response.init ?? undefined,
      );
    }
    return { done: "Status saved. The decision log records the change.", form: "status" as const };
  }
  const ownerId = field(form, "ownerId");
  const result = await attempt(() =>
    context.trpc.toolbox.updateSection({
      programmeSlug: params.slug,
      sectionId: params.sectionId,
      title: field(form, "title"),
      ownerId: ownerId === "" ? null : ownerId,
    }),
  );
  if (!result.ok) return result.response;
  return { done: "Section details saved." };
}

export default function Section({ loaderData, actionData, params }: Route.ComponentProps) {
  const { section, possibleOwners, moreOwners, everyOwner, published, me, comments } = loaderData;
  const { academyOutputs, suggestions, coProduction } = loaderData;
  const commentUi = useCommentUi(comments.threads);
  const navigation = useNavigation();
  const forStatus = actionData && "form" in actionData && actionData.form === "status";
  const errors = actionData && "formError" in actionData && !forStatus ? actionData : undefined;
  const statusErrors =
    actionData && "formError" in actionData && forStatus ? actionData : undefined;
  const done = actionData && "done" in actionData && !forStatus ? actionData.done : undefined;
  const statusDone = actionData && "done" in actionData && forStatus ? actionData.done : undefined;
  // Only the owner or an admin may mark a section agreed (the server checks it too).
  const statusChoices = SECTION_STATUSES.filter(
    (status) => status !== "agreed" || section.canAgree || section.status === "agreed",
  );
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
      {section.variant && (
        <p className="notice">
          This is {section.variant.partnershipName}&rsquo;s local version of{" "}
          <Link to={`/p/${params.slug}/toolbox/${section.variant.coreSectionId}`}>
            {section.variant.coreTitle}
          </Link>
          .{" "}
          <Link to={`/p/${params.slug}/local-versions/${section.variant.id}`}>
            Compare it with the core
          </Link>
        </p>
      )}
      {section.canEdit && !section.variant && (
        <PublishedDraftBanner published={published} slug={params.slug} />
      )}
      <div className="section-with-comments">
        <SectionEditor
          key={section.id}
          documentName={sectionDocumentName(section.id)}
          user={me}
          editable={section.canEdit || suggestions.canSuggest}
          initialHtml={section.html}
          comments={commentUi}
          suggestions={{ authorId: me.id, canEditDirectly: section.canEdit, list: suggestions }}
        />
        <div className="section-side">
          <SuggestionsPanel programmeSlug={params.slug} sectionId={section.id} list={suggestions} />
          <CommentsPanel
            programmeSlug={params.slug}
            sectionId={section.id}
            canComment={comments.canComment}
            threads={comments.threads}
            peopleUrl={`/p/${params.slug}/people/mentionable`}
            ui={commentUi}
          />
        </div>
      </div>
      <AcademyOutputs slug={params.slug} outputs={academyOutputs} />
      <section className="card" aria-labelledby="who-shaped-heading">
        <h2 id="who-shaped-heading">Who shaped this section</h2>
        <CoProductionRecord record={coProduction} />
      </section>
      {section.canEdit && (
        <details className="card section-settings" open={!!statusErrors || !!statusDone}>
          <summary>Status: {sectionStatusLabel(section.status)}</summary>
          {statusDone && (
            <p className="notice" role="status">
              {statusDone}
            </p>
          )}
          <p className="hint">
            Any change to the text of an agreed section moves it back to in review.{" "}
            {section.canAgree
              ? "As its owner or an admin, you can mark it agreed, saying what was decided."
              : "Only its owner or an admin can mark it agreed."}{" "}
            <Link to={`/p/${params.slug}/decisions?sectionId=${section.id}`}>
              Decisions about this section
            </Link>
          </p>
          <ErrorSummary message={statusErrors?.formError} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="status" />
            <SelectField
              label="Status"
              name="status"
              defaultValue={section.status}
              options={statusChoices.map((status) => ({
                value: status,
                label: sectionStatusLabel(status),
              }))}
            />
            <TextAreaField
              label="Decision"
              name="decision"
              hint="Needed to mark it agreed: who agreed it and where, for example the partnership board on 3 March."
              maxLength={2000}
              rows={3}
              error={statusErrors?.fieldErrors.decision}
            />
            {section.canAgree && section.status !== "agreed" && !coProduction.livedExperience && (
              // Shown whatever status is chosen: the page also works without scripts.
              <div className="notice notice-warning agree-warning">
                <p>
                  No service user and no carer has had any part in this section. Before you mark it
                  agreed, think about whether they should be asked.
                </p>
                <div className="checkbox">
                  <input
                    id="consideredWithoutLivedExperience"
                    name="consideredWithoutLivedExperience"
                    type="checkbox"
                    value="yes"
                  />
                  <label htmlFor="consideredWithoutLivedExperience">
                    I have considered this, and it can be agreed without them
                  </label>
                </div>
              </div>
            )}
            <button type="submit" className="button" disabled={navigation.state !== "idle"}>
              Save status
            </button>
          </Form>
        </details>
      )}
      {section.canEdit && (
        <details className="card section-settings" open={!!errors || everyOwner}>
          <summary>Section details: title and owner</summary>
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
              label="Owner"
              name="ownerId"
              defaultValue={section.ownerId ?? ""}
              options={[
                { value: "", label: "No owner" },
                ...possibleOwners.map((owner) => ({ value: owner.id, label: owner.name })),
              ]}
            />
            {moreOwners > 0 && (
              <p className="hint">
                <Link to="?owners=all" preventScrollReset>
                  List all {moreOwners} people who can own this section
                </Link>
              </p>
            )}
            <button type="submit" className="button" disabled={navigation.state !== "idle"}>
              Save details
            </button>
          </Form>
        </details>
      )}
    </>
  );
}
