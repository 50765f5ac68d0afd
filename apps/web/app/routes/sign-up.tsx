import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/sign-up";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt, safeRedirect } from "../lib/trpc-errors.server";
import { field } from "../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Create an account – Coproduce" }];

export function loader({ context, request }: Route.LoaderArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (context.user) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.auth.signUp({
      name: field(form, "name"),
      email: field(form, "email"),
      password: field(form, "password"),
    }),
  );
  if (!result.ok) return result.response;
  return redirect(safeRedirect(form.get("redirectTo")));
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  return (
    <AuthCard title="Create an account">
      <ErrorSummary message={actionData?.formError} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <FormField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          error={actionData?.fieldErrors.name}
        />
        <FormField
          label="Email address"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={actionData?.fieldErrors.email}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="Use at least 10 characters. A few words you will remember works well."
          required
          error={actionData?.fieldErrors.password}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          Create account
        </button>
      </Form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthCard>
  );
}
