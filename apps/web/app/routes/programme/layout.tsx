import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { AppShell } from "../../components/AppShell";
import { load } from "../../lib/trpc-errors.server";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const [programme, programmes, unreadNotifications] = await load(request, () =>
    Promise.all([
      context.trpc.programmes.get({ programmeSlug: params.slug }),
      context.trpc.programmes.mine(),
      context.trpc.notifications.unreadCount(),
    ]),
  );
  return { programme, programmes, unreadNotifications, user: context.user! };
}

export default function ProgrammeLayout({ loaderData }: Route.ComponentProps) {
  return (
    <AppShell
      programme={loaderData.programme}
      programmes={loaderData.programmes}
      user={loaderData.user}
      unreadNotifications={loaderData.unreadNotifications}
    >
      <Outlet />
    </AppShell>
  );
}
