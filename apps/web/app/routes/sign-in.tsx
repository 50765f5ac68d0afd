import { Form, Link, redirect, useNavigation } from "react-router";
import { useForgetOfflineCopies } from "../lib/forget-offline-copies";
import type { Route } from "./+types/sign-in";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt, safeRedirect } from "../lib/trpc-errors.server";
import { field } from "../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Sign in – Coproduce" }];

export function loader({ context, request }: Route.LoaderArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (context.user) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.auth.signIn({ email: field(form, "email"), password: field(form, "password") }),
  );
  if (!result.ok) return result.response;
  return redirect(safeRedirect(form.get("redirectTo")));
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  useForgetOfflineCopies();
  const navigation = useNavigation();
  return (
    <AuthCard title="Sign in">
      <ErrorSummary message={actionData?.formError} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
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
          autoComplete="current-password"
          required
          error={actionData?.fieldErrors.password}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          Sign in
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
    </AuthCard>
  );
}
