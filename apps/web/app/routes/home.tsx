import { Link, redirect } from "react-router";
import { useForgetOfflineCopies } from "../lib/forget-offline-copies";
import type { Route } from "./+types/home";
import { PublicShell } from "../components/PublicShell";
import { toolboxPath } from "../lib/public-toolbox";

export const meta: Route.MetaFunction = () => [
  { title: "Coproduce – co-design for integrated care" },
  {
    name: "description",
    content:
      "A shared workspace where health and care staff, service users and carers co-design care.",
  },
];

export async function loader({ context }: Route.LoaderArgs) {
  if (context.user) {
    const programmes = await context.trpc.programmes.mine();
    if (programmes.length > 0) throw redirect(`/p/${programmes[0]!.slug}`);
    throw redirect("/account");
  }
  // The front door: what anyone can read or do before they have an account.
  return { programmes: await context.trpc.publicToolbox.frontDoor() };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  useForgetOfflineCopies();
  const { programmes } = loaderData;
  return (
    <PublicShell home={{ to: "/", label: "Coproduce" }}>
      <h1>Co-design integrated care, together</h1>
      <p className="lead">
        Coproduce is a shared workspace for health and care programmes. Staff, service users and
        carers plan care together. You can read and take part without an account.
      </p>
      {programmes.map((programme) => (
        <section
          key={programme.slug}
          className="card front-door-programme"
          aria-labelledby={`programme-${programme.slug}`}
        >
          <h2 id={`programme-${programme.slug}`}>{programme.name}</h2>
          {programme.description && <p>{programme.description}</p>}
          <ul className="front-door-links">
            {programme.toolboxTitle && (
              <li>
                <Link to={toolboxPath(programme.slug)}>Read the {programme.toolboxTitle}</Link>
              </li>
            )}
            {programme.publishedFeedback > 0 && (
              <li>
                <Link to={`/feedback/${programme.slug}`}>
                  You said, we did: what people told us and what we did
                </Link>
              </li>
            )}
            <li>
              <Link to={`/feedback/${programme.slug}/give`}>Give feedback</Link>
            </li>
            <li>
              <Link to={`/feedback/${programme.slug}/easy-read`}>Give feedback in easy read</Link>
            </li>
          </ul>
        </section>
      ))}
      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">Join a workshop</h2>
        <p>Were you given a code for a Change Academy session? You do not need an account.</p>
        <p>
          <Link className="button" to="/join">
            Join a session
          </Link>
        </p>
      </section>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">Work on a programme</h2>
        <p>Programme members sign in to write, comment and plan.</p>
        <p className="button-row">
          <Link className="button" to="/sign-in">
            Sign in
          </Link>
          <Link className="button button-secondary" to="/sign-up">
            Create an account
          </Link>
        </p>
      </section>
    </PublicShell>
  );
}
