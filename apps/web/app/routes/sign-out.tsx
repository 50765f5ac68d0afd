import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";

// Signing out is a POST (from the account menu), so a link on another site cannot do it.
export async function action({ context }: Route.ActionArgs) {
  await context.trpc.auth.signOut();
  return redirect("/");
}

export function loader() {
  return redirect("/");
}
