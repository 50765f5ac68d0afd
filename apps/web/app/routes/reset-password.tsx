import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/reset-password";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt } from "../lib/trpc-errors.server";
import { field } from "../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Choose a new password – Coproduce" }];

export async function loader({ context, params }: Route.LoaderArgs) {
  return context.trpc.auth.resetPasswordTokenValid({ token: params.token }).catch(() => ({
    valid: false,
  }));
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.auth.resetPassword({ token: params.token, password: field(form, "password") }),
  );
  if (!result.ok) return result.response;
  return redirect("/");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  if (!loaderData.valid) {
    return (
      <AuthCard title="This link has expired">
        <p>Reset links work once, for one hour.</p>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <ErrorSummary message={actionData?.formError} />
      <Form method="post" noValidate>
        <FormField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="Use at least 10 characters."
          required
          error={actionData?.fieldErrors.password}
        />
        <button type="submit" className="button">
          Save password and sign in
        </button>
      </Form>
    </AuthCard>
  );
}
