import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/invite";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { attempt, formErrorsFrom } from "../lib/trpc-errors.server";
import { ROLE_LABELS, type Role } from "@coproduce/shared/vocabulary";

export const meta: Route.MetaFunction = () => [{ title: "Invitation – Coproduce" }];

export async function loader({ context, params }: Route.LoaderArgs) {
  try {
    const invitation = await context.trpc.invitations.preview({ token: params.token });
    return { invitation, problem: null, user: context.user };
  } catch (error) {
    return { invitation: null, problem: formErrorsFrom(error).formError, user: context.user };
  }
}

export async function action({ context, params }: Route.ActionArgs) {
  const result = await attempt(() => context.trpc.invitations.accept({ token: params.token }));
  if (!result.ok) return result.response;
  return redirect(`/p/${result.value.programmeSlug}`);
}

export default function Invite({ loaderData, actionData, params }: Route.ComponentProps) {
  const { invitation, problem, user } = loaderData;
  if (!invitation) {
    return (
      <AuthCard title="This invitation cannot be used">
        <p>{problem}</p>
      </AuthCard>
    );
  }
  const here = `/invite/${params.token}`;
  const role = ROLE_LABELS[invitation.role as Role] ?? invitation.role;
  return (
    <AuthCard title={`Join ${invitation.programmeName}`}>
      <p>
        You have been invited to join <strong>{invitation.programmeName}</strong> as{" "}
        <strong>{role.toLowerCase()}</strong>. The invitation is for {invitation.email}.
      </p>
      <ErrorSummary message={actionData?.formError} />
      {user ? (
        <Form method="post">
          <p>You are signed in as {user.email}.</p>
          <button type="submit" className="button">
            Accept the invitation
          </button>
        </Form>
      ) : (
        <>
          <p>Create an account or sign in with that email address to accept.</p>
          <p className="button-row">
            <Link className="button" to={`/sign-up?redirectTo=${encodeURIComponent(here)}`}>
              Create an account
            </Link>
            <Link
              className="button button-secondary"
              to={`/sign-in?redirectTo=${encodeURIComponent(here)}`}
            >
              Sign in
            </Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
