import { Form, Link } from "react-router";
import type { Route } from "./+types/forgot-password";
import { AuthCard } from "../components/AuthCard";
import { ErrorSummary } from "../components/ErrorSummary";
import { FormField } from "../components/FormField";
import { attempt } from "../lib/trpc-errors.server";
import { field } from "../lib/form";

export const meta: Route.MetaFunction = () => [{ title: "Reset your password – Coproduce" }];

export function loader({ context }: Route.LoaderArgs) {
  return { devOutbox: context.devOutbox };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.auth.requestPasswordReset({ email: field(form, "email") }),
  );
  if (!result.ok) return result.response;
  return { sent: true as const };
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  if (actionData && "sent" in actionData) {
    return (
      <AuthCard title="Check your email">
        <p role="status">
          If there is an account with that email address, we have sent it a link to choose a new
          password. The link works for one hour.
        </p>
        {loaderData.devOutbox && (
          <p>
            This is a local demo with no email. <Link to="/dev/outbox">Open the outbox</Link> to see
            the message.
          </p>
        )}
      </AuthCard>
    );
  }
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  return (
    <AuthCard title="Reset your password">
      <p>Tell us your email address and we will send you a link to choose a new password.</p>
      <ErrorSummary message={errors?.formError} />
      <Form method="post" noValidate>
        <FormField
          label="Email address"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors?.fieldErrors.email}
        />
        <button type="submit" className="button">
          Send the link
        </button>
      </Form>
    </AuthCard>
  );
}
