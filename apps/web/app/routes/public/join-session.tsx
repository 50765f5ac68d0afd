// A guest's way into one session: name, stakeholder group and consent, then the live session.
// The guest cookie is sent only under /join/<code>/ and lets them into this session alone.
import { Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/join-session";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { formatSessionTimes } from "../../lib/academy-format";
import { PublicShell } from "../../components/PublicShell";
import { ErrorSummary } from "../../components/ErrorSummary";
import { FormField } from "../../components/FormField";
import { SelectField } from "../../components/SelectField";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.info.session.title ?? "Join a session"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const info = await load(request, () => context.trpc.academyGuest.joinInfo({ code: params.code }));
  if (info.session.joinCode !== params.code) throw redirect(`/join/${info.session.joinCode}`);
  if (info.joined) throw redirect(`/join/${params.code}/live`);
  return { info };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const guest = context.trpc.academyGuest;
  const group = field(form, "stakeholderGroupKey");
  const result = await attempt(() =>
    guest.join({
      code: params.code,
      displayName: field(form, "displayName"),
      stakeholderGroupKey: group === "" ? null : group,
      consent: (form.get("consent") === "on") as true,
    }),
  );
  if (!result.ok) return result.response;
  throw redirect(`/join/${result.value.joinCode}/live`);
}

export default function JoinSession({ loaderData, actionData }: Route.ComponentProps) {
  const { info } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  return (
    <PublicShell home={{ to: "/join", label: "Change Academy" }}>
      <>
        <h1>{info.session.title}</h1>
        {info.session.purpose && <p className="lead">{info.session.purpose}</p>}
        <p className="meta">{formatSessionTimes(info.session.startsAt, info.session.endsAt)}</p>
        <p>You do not need an account. Tell us the name to show and who you speak for.</p>
        <ErrorSummary message={errors?.formError} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="join" />
          <FormField
            label="Name to show"
            name="displayName"
            hint="Your first name is enough."
            maxLength={60}
            error={errors?.fieldErrors.displayName}
          />
          <SelectField
            label="I am taking part as"
            name="stakeholderGroupKey"
            options={[
              { value: "", label: "Prefer not to say" },
              ...info.groups.map((g) => ({ value: g.key, label: g.name })),
            ]}
          />
          <div className={errors?.fieldErrors.consent ? "checkbox field-error" : "checkbox"}>
            {errors?.fieldErrors.consent && (
              <p className="error-message" id="consent-error">
                {errors.fieldErrors.consent}
              </p>
            )}
            <input
              id="consent"
              name="consent"
              type="checkbox"
              aria-describedby={errors?.fieldErrors.consent ? "consent-error" : undefined}
            />
            <label htmlFor="consent">{info.consentText}</label>
          </div>
          <button type="submit" className="button" disabled={busy}>
            Join the session
          </button>
        </Form>
      </>
    </PublicShell>
  );
}
