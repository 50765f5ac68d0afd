import { Link, redirect } from "react-router";
import { useForgetOfflineCopies } from "../lib/forget-offline-copies";
import type { Route } from "./+types/home";
import { AuthCard } from "../components/AuthCard";

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
  return null;
}

export default function Home() {
  useForgetOfflineCopies();
  return (
    <AuthCard title="Co-design integrated care, together">
      <p>
        Coproduce is a shared workspace for health and care programmes. Staff, service users and
        carers write the Integrated Care Toolkit together, plan local services, run workshops and
        see what was done with their feedback.
      </p>
      <p className="button-row">
        <Link className="button" to="/sign-in">
          Sign in
        </Link>
        <Link className="button button-secondary" to="/sign-up">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
