// The live session for a guest who joined with the code. Its path sits under /join/<code>/,
// the only path the guest cookie is sent to (that includes React Router's .data requests).
import { redirect } from "react-router";
import { TRPCError } from "@trpc/server";
import type { Route } from "./+types/join-live";
import { load } from "../../lib/trpc-errors.server";
import { runLiveIntent } from "../../lib/academy-live-actions.server";
import { PublicShell } from "../../components/PublicShell";
import { LiveSession } from "../../components/academy/LiveSession";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.state.title ?? "Session"} – Change Academy – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  try {
    return { state: await context.trpc.academy.live({ session: { code: params.code } }) };
  } catch (error) {
    // Not joined (or access expired): back to the join form, not to a sign-in page.
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      throw redirect(`/join/${params.code}`);
    }
    return load(request, () => Promise.reject(error));
  }
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  // The same procedures as members, through the session door with the code; guests have no
  // facilitator controls, and the server refuses them facilitators' intents anyway.
  return runLiveIntent(form, context.trpc.academy, { code: params.code });
}

export default function JoinLive({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <PublicShell home={{ to: "/join", label: "Change Academy" }}>
      <LiveSession
        state={loaderData.state}
        actionData={actionData}
        outputTargets={null}
        // The guest cookie is only sent below /join/<code>, so the board connects there too.
        collabPath={`/join/${loaderData.state.joinCode}/collab`}
      />
    </PublicShell>
  );
}
