// A partnership's local version of a toolkit section: its words against the core text it is
// based on, and, when the core has a newer release, each change of the core beside the old core
// and the local words, to bring in or to keep ours. The text itself is edited live on the
// section page (the local version is a section of its own). See
// docs/decisions/0017-local-versions.md.
import { Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/local-version";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { CoreChangeCard } from "../../../components/variants/CoreChangeCard";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.variant.title ?? "Local version"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const variant = await load(request, () =>
    context.trpc.variants.get({ programmeSlug: params.slug, variantId: params.variantId }),
  );
  return { variant };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const input = { programmeSlug: params.slug, variantId: params.variantId };
  const changeKey = field(form, "changeKey");
  switch (field(form, "intent")) {
    case "bringIn": {
      const result = await attempt(() => context.trpc.variants.bringIn({ ...input, changeKey }));
      if (!result.ok) return { ...result.response.data, changeKey };
      return { done: "The core's change is now in your version." };
    }
    case "keepOurs": {
      const result = await attempt(() => context.trpc.variants.keepOurs({ ...input, changeKey }));
      if (!result.ok) return { ...result.response.data, changeKey };
      return { done: "Your words are kept. This change will not be offered again." };
    }
    case "publish":
    case "unpublish": {
      const published = field(form, "intent") === "publish";
      const result = await attempt(() =>
        context.trpc.variants.setPublished({ ...input, published }),
      );
      if (!result.ok) return result.response.data;
      return {
        done: published
          ? "Published. Anyone can now read it on the public Toolbox."
          : "Taken off the public Toolbox. It is a draft again.",
      };
    }
  }
  return formError("We did not understand that request.");
}

export default function LocalVersion({ loaderData, actionData, params }: Route.ComponentProps) {
  const { variant: v } = loaderData;
  const result = actionData as
    { done?: string; formError?: string; changeKey?: string } | undefined;
  const busy = useNavigation().state !== "idle";
  const partnershipPath = `/p/${params.slug}/delivery-models/${v.partnership.id}`;
  const published = v.status === "published";
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/delivery-models`}>Delivery models</Link> ›{" "}
        <Link to={partnershipPath}>{v.partnership.name}</Link>
      </nav>
      <h1>{v.title}</h1>
      <p className="lead">
        {v.partnership.name}&rsquo;s local version of{" "}
        <Link to={`/p/${params.slug}/toolbox/${v.coreSection.id}`}>{v.coreSection.title}</Link>.
      </p>
      <p className="meta">
        <span className={`badge ${published ? "badge-agreed" : "badge-draft"}`}>
          {published ? "Published" : "Draft"}
        </span>{" "}
        {v.baseVersion
          ? `Based on release ${v.baseVersion} of the core.`
          : "Based on the core's text before its first release."}
      </p>
      {result?.done && (
        <p className="notice" role="status">
          {result.done}
        </p>
      )}
      {result?.formError && !result.changeKey && <ErrorSummary message={result.formError} />}
      <p>
        <Link className="button" to={`/p/${params.slug}/toolbox/${v.variantSectionId}`}>
          {v.canEdit ? "Edit the text together" : "Read the text"}
        </Link>
      </p>
      {v.canEdit && (
        <Form method="post" className="inline-form">
          <p className="hint">
            {published
              ? "The public Toolbox shows the text as it was when you published it. Changes you make now stay with your partnership until you publish again."
              : "Only your partnership and the programme's editors can see it until you publish it."}
          </p>
          <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
            {published ? "Publish the latest text" : "Publish on the public Toolbox"}
          </button>
          {published && (
            <button
              type="submit"
              name="intent"
              value="unpublish"
              className="button button-secondary"
              disabled={busy}
            >
              Take it off the public Toolbox
            </button>
          )}
        </Form>
      )}

      {v.behind && v.latest && (
        <section aria-labelledby="behind">
          <h2 id="behind">The core has changed</h2>
          <p className="notice" role="status">
            This version is behind the core: release {v.latest.version} changed{" "}
            {countOf(v.changes.length, "part", "parts")} of {v.coreSection.title}. Look at each
            change and choose.
          </p>
          {v.changes.map((change, index) => (
            <CoreChangeCard
              key={change.key}
              number={index + 1}
              change={change}
              oldLabel={v.baseVersion ? `Core, release ${v.baseVersion}` : "Core, before"}
              newLabel={`Core, release ${v.latest!.version}`}
              canEdit={v.canEdit}
              busy={busy}
              error={result?.changeKey === change.key ? result.formError : undefined}
            />
          ))}
        </section>
      )}

      <section aria-labelledby="diff">
        <h2 id="diff">How it differs from the core</h2>
        <p className="meta">
          {v.insertedWords === 0 && v.deletedWords === 0
            ? "No differences yet: it has the core's words."
            : `${v.insertedWords} words added, ${v.deletedWords} words taken out.`}{" "}
          Added text is underlined on green; text taken out is struck through on red.
        </p>
        <div
          className="card version-diff"
          role="region"
          aria-label="Differences from the core"
          dangerouslySetInnerHTML={{ __html: v.diffHtml }}
        />
      </section>
    </>
  );
}
