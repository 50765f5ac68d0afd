// The live session for members: facilitators run it from here, everyone else follows along.
import { Link } from "react-router";
import type { Route } from "./+types/academy-live";
import { load } from "../../../lib/trpc-errors.server";
import { runLiveIntent } from "../../../lib/academy-live-actions.server";
import { LiveSession } from "../../../components/academy/LiveSession";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.state.title ?? "Session"} (live) – Change Academy – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const session = { programmeSlug: params.slug, sessionId: params.sessionId };
  const state = await load(request, () => context.trpc.academy.live({ session }));
  const outputTargets = state.me.facilitator
    ? await load(request, () => context.trpc.academy.outputTargets({ programmeSlug: params.slug }))
    : null;
  return { state, outputTargets };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const session = { programmeSlug: params.slug, sessionId: params.sessionId };
  return runLiveIntent(form, context.trpc.academy, session);
}

export default function AcademyLive({ loaderData, actionData, params }: Route.ComponentProps) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/academy`}>Change Academy</Link> ›{" "}
        <Link to={`/p/${params.slug}/academy/${params.sessionId}`}>Plan</Link> ›{" "}
        <Link to={`/p/${params.slug}/academy/${params.sessionId}/record`}>Record</Link>
      </nav>
      <LiveSession
        state={loaderData.state}
        actionData={actionData}
        outputTargets={loaderData.outputTargets}
        collabPath="/collab"
      />
    </>
  );
}
