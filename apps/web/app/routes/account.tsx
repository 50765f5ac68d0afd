import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/account";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt } from "../lib/trpc-errors.server";
import { field } from "../lib/form";
import { roleLabel } from "@coproduce/shared/labels";

const formatDate = (date: Date | string) =>
  new Date(date).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });

export const meta: Route.MetaFunction = () => [{ title: "Your account – Coproduce" }];

export async function loader({ context }: Route.LoaderArgs) {
  if (!context.user) throw redirect("/sign-in?redirectTo=/account");
  const [programmes, emailPreference, invitations] = await Promise.all([
    context.trpc.programmes.mine(),
    context.trpc.notifications.emailPreference(),
    context.trpc.invitations.mine(),
  ]);
  return {
    user: context.user,
    programmes,
    invitations,
    emailNotifications: emailPreference.email,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (field(form, "intent") === "accept-invitation") {
    const result = await attempt(() =>
      context.trpc.invitations.acceptMine({ invitationId: field(form, "invitationId") }),
    );
    if (!result.ok) return result.response;
    throw redirect(`/p/${result.value.programmeSlug}`);
  }
  if (field(form, "intent") === "email-notifications") {
    const email = field(form, "emailNotifications") === "on";
    const result = await attempt(() => context.trpc.notifications.setEmailPreference({ email }));
    if (!result.ok) return result.response;
    return { saved: email ? ("emails-on" as const) : ("emails-off" as const) };
  }
  const result = await attempt(() => context.trpc.auth.updateName({ name: field(form, "name") }));
  if (!result.ok) return result.response;
  return { saved: "name" as const };
}

const SAVED_MESSAGES = {
  name: "Your name has been saved.",
  "emails-on": "Saved. Notifications will also come by email.",
  "emails-off": "Saved. Notifications will show here in Coproduce only, not by email.",
};

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  return (
    <AuthCard title="Your account">
      <p>Email address: {loaderData.user.email}</p>
      {actionData && "saved" in actionData && (
        <p role="status">{SAVED_MESSAGES[actionData.saved]}</p>
      )}
      <ErrorSummary message={errors?.formError} />
      <Form method="post" noValidate>
        <FormField
          label="Your name"
          name="name"
          defaultValue={loaderData.user.name}
          required
          error={errors?.fieldErrors.name}
        />
        <button type="submit" className="button">
          Save
        </button>
      </Form>
      {loaderData.invitations.length > 0 && (
        <section aria-labelledby="invitations">
          <h2 id="invitations">Invitations waiting for you</h2>
          <ul className="plain-list">
            {loaderData.invitations.map((invitation) => (
              <li key={invitation.id} className="card">
                <p>
                  {invitation.invitedBy.name} invited you to join{" "}
                  <strong>{invitation.programme.name}</strong> as{" "}
                  {roleLabel(invitation.role).toLowerCase()}. Open until{" "}
                  {formatDate(invitation.expiresAt)}.
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="accept-invitation" />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="button">
                    Join {invitation.programme.name}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Notifications</h2>
      <p>
        Mentions, replies to your feedback, invitations and requests to review always show under{" "}
        <Link to="/notifications">Notifications</Link>.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="email-notifications" />
        <div className="field checkbox">
          <input
            type="checkbox"
            id="emailNotifications"
            name="emailNotifications"
            defaultChecked={loaderData.emailNotifications}
            key={String(loaderData.emailNotifications)}
          />
          <label htmlFor="emailNotifications">
            Also send them to me by email, at {loaderData.user.email}
          </label>
        </div>
        <button type="submit" className="button button-secondary">
          Save email choice
        </button>
      </Form>
      <h2>Your programmes</h2>
      {loaderData.programmes.length === 0 ? (
        <p>You are not in a programme yet. Ask a programme admin to invite you.</p>
      ) : (
        <ul>
          {loaderData.programmes.map((p) => (
            <li key={p.slug}>
              <Link to={`/p/${p.slug}`}>{p.name}</Link> ({p.role})
            </li>
          ))}
        </ul>
      )}
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button-secondary">
          Sign out
        </button>
      </Form>
    </AuthCard>
  );
}
