// /toolbox: the published Toolboxes. With only one, go straight to it.
import { Link, redirect } from "react-router";
import type { Route } from "./+types/toolbox-index";
import { PublicShell } from "../../components/PublicShell";

export const meta: Route.MetaFunction = () => [{ title: "Published Toolboxes – Coproduce" }];

export async function loader({ context }: Route.LoaderArgs) {
  const programmes = await context.trpc.publicToolbox.published();
  if (programmes.length === 1) throw redirect(`/toolbox/${programmes[0]!.slug}`);
  return { programmes };
}

export default function ToolboxIndex({ loaderData }: Route.ComponentProps) {
  const { programmes } = loaderData;
  return (
    <PublicShell home={{ to: "/toolbox", label: "Published Toolboxes" }}>
      <h1>Published Toolboxes</h1>
      {programmes.length === 0 ? (
        <p>Nothing has been published yet. Please come back later.</p>
      ) : (
        <ul className="plain-list">
          {programmes.map((programme) => (
            <li key={programme.slug} className="card">
              <h2>
                <Link to={`/toolbox/${programme.slug}`}>{programme.name}</Link>
              </h2>
              <p>{programme.description}</p>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
