import { Link } from "react-router";
import type { Route } from "./+types/people";
import { load } from "../../lib/trpc-errors.server";
import { roleLabel } from "@coproduce/shared/labels";

export const meta: Route.MetaFunction = () => [{ title: "People – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const [members, programme] = await load(request, () =>
    Promise.all([
      context.trpc.members.list({ programmeSlug: params.slug }),
      context.trpc.programmes.get({ programmeSlug: params.slug }),
    ]),
  );
  return { members, isAdmin: programme.myRole === "admin" };
}

export default function People({ loaderData, params }: Route.ComponentProps) {
  const { members, isAdmin } = loaderData;
  return (
    <>
      <div className="page-heading">
        <h1>People</h1>
        {isAdmin && (
          <Link className="button" to={`/p/${params.slug}/admin/members`}>
            Manage members
          </Link>
        )}
      </div>
      <p className="lead">Everyone taking part in this programme and who they speak for.</p>
      <div className="table-scroll" role="region" aria-label="People in the programme" tabIndex={0}>
        <table>
          <caption className="visually-hidden">People in the programme</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Speaks for</th>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.membershipId}>
                <th scope="row">
                  {m.name}
                  {m.isMe && <span className="meta"> (you)</span>}
                </th>
                <td>{m.stakeholderGroup ?? "Not said"}</td>
                <td>{m.organisation ?? "None"}</td>
                <td>{roleLabel(m.role)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
