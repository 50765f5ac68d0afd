import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/account";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt } from "../lib/trpc-errors.server";
import { field } from "../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Your account – Coproduce" }];

export async function loader({ context }: Route.LoaderArgs) {
  if (!context.user) throw redirect("/sign-in?redirectTo=/account");
  const programmes = await context.trpc.programmes.mine();
  return { user: context.user, programmes };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() => context.trpc.auth.updateName({ name: field(form, "name") }));
  if (!result.ok) return result.response;
  return { saved: true as const };
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  return (
    <AuthCard title="Your account">
      <p>Email address: {loaderData.user.email}</p>
      {actionData && "saved" in actionData && <p role="status">Your name has been saved.</p>}
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
