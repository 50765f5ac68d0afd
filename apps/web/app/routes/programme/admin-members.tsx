import { Form, useNavigation } from "react-router";
import { ROLES } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/admin-members";
import { attempt, formError, load } from "../../lib/trpc-errors.server";
import { choiceField, field } from "../../lib/form";
import { formatDate, roleLabel } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../components/ErrorSummary";
import { FormField } from "../../components/FormField";
import { SelectField } from "../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Manage members – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  // invitations.list needs the members:manage permission, so anyone else gets a 403 here.
  const [invitations, members] = await load(request, () =>
    Promise.all([
      context.trpc.invitations.list({ programmeSlug }),
      context.trpc.members.list({ programmeSlug }),
    ]),
  );
  return { invitations, members };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const intent = field(form, "intent");
  const trpc = context.trpc;
  if (intent === "invite") {
    const result = await attempt(() =>
      trpc.invitations.create({
        programmeSlug,
        email: field(form, "email"),
        role: choiceField(form, "role", ROLES, "Choose a role from the list."),
      }),
    );
    if (!result.ok) return result.response;
    return { done: `Invitation sent to ${result.value.email}.`, link: result.value.link };
  }
  if (intent === "changeRole") {
    const result = await attempt(() =>
      trpc.members.changeRole({
        programmeSlug,
        membershipId: field(form, "membershipId"),
        role: choiceField(form, "role", ROLES, "Choose a role from the list."),
      }),
    );
    if (!result.ok) return result.response;
    return { done: `Role changed to ${roleLabel(result.value.role).toLowerCase()}.` };
  }
  if (intent === "remove") {
    const result = await attempt(() =>
      trpc.members.remove({ programmeSlug, membershipId: field(form, "membershipId") }),
    );
    if (!result.ok) return result.response;
    return { done: `${field(form, "name")} has been removed from the programme.` };
  }
  if (intent === "revoke") {
    const result = await attempt(() =>
      trpc.invitations.revoke({ programmeSlug, invitationId: field(form, "invitationId") }),
    );
    if (!result.ok) return result.response;
    return { done: "The invitation has been withdrawn." };
  }
  return formError("We did not understand that request.");
}

export default function AdminMembers({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData : undefined;
  return (
    <>
      <h1>Manage members</h1>
      <ErrorSummary message={errors?.formError} />
      {done && (
        <div className="notice" role="status">
          <p>{done.done}</p>
          {"link" in done && done.link && (
            <p>
              You can also share this link yourself:{" "}
              <code className="invite-link">{done.link}</code>
            </p>
          )}
        </div>
      )}

      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <Form method="post" noValidate className="inline-form">
          <input type="hidden" name="intent" value="invite" />
          <FormField
            label="Email address"
            name="email"
            type="email"
            required
            error={errors?.fieldErrors?.email}
          />
          <SelectField
            label="Role"
            name="role"
            defaultValue="contributor"
            options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
          />
          <button type="submit" className="button" disabled={busy}>
            Send invitation
          </button>
        </Form>
      </section>

      {loaderData.invitations.length > 0 && (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">Invitations waiting for an answer</h2>
          <ul className="plain-list">
            {loaderData.invitations.map((invitation) => (
              <li key={invitation.id} className="row-item">
                <span>
                  {invitation.email} as {roleLabel(invitation.role).toLowerCase()}, until{" "}
                  {formatDate(invitation.expiresAt)}
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="button button-secondary" disabled={busy}>
                    Withdraw
                    <span className="visually-hidden"> invitation for {invitation.email}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <div className="table-scroll" role="region" aria-label="Members and roles" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Members and their roles</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Remove</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.members.map((m) => (
                <tr key={m.membershipId}>
                  <th scope="row">{m.name}</th>
                  <td>{m.email}</td>
                  <td>
                    <Form method="post" className="role-form">
                      <input type="hidden" name="intent" value="changeRole" />
                      <input type="hidden" name="membershipId" value={m.membershipId} />
                      <label className="visually-hidden" htmlFor={`role-${m.membershipId}`}>
                        Role for {m.name}
                      </label>
                      <select id={`role-${m.membershipId}`} name="role" defaultValue={m.role}>
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {roleLabel(role)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button button-secondary" disabled={busy}>
                        Save<span className="visually-hidden"> role for {m.name}</span>
                      </button>
                    </Form>
                  </td>
                  <td>
                    <Form
                      method="post"
                      onSubmit={(event) => {
                        if (!confirm(`Remove ${m.name} from the programme?`))
                          event.preventDefault();
                      }}
                    >
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="membershipId" value={m.membershipId} />
                      <input type="hidden" name="name" value={m.name} />
                      <button type="submit" className="button button-danger" disabled={busy}>
                        Remove<span className="visually-hidden"> {m.name}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
