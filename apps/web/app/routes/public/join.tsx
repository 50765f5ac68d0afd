// Where service users and carers type the code of the session they were invited to.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/join";
import { field } from "../../lib/form";
import { PublicShell } from "../../components/PublicShell";
import { FormField } from "../../components/FormField";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = () => [{ title: "Join a session – Coproduce" }];

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const typed = field(form, "code");
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[A-Z0-9]{4,12}$/.test(code)) {
    // Given back, as this page has no scripts to keep it: they correct it rather than retype.
    return { error: "Enter the code you were given, for example ACD3FG.", typed };
  }
  throw redirect(`/join/${code}`);
}

export default function Join({ actionData }: Route.ComponentProps) {
  return (
    <PublicShell home={{ to: "/join", label: "Change Academy" }}>
      <h1>Join a session</h1>
      <p className="lead">You do not need an account. Enter the code the facilitator gave you.</p>
      <Form method="post" noValidate>
        <FormField
          label="Session code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={12}
          error={actionData?.error}
          defaultValue={actionData?.typed}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </Form>
    </PublicShell>
  );
}
