// Your notifications (mentions in comments), newest first. Opening one marks it read and goes
// to the thread it is about.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/notifications";
import { attempt, load, safeRedirect } from "../lib/trpc-errors.server";
import { field } from "../lib/form";
import { formatDateTime } from "@coproduce/shared/labels";
import { ErrorSummary } from "../components/ErrorSummary";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = () => [{ title: "Notifications – Coproduce" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  if (!context.user) throw redirect("/sign-in?redirectTo=/notifications");
  const [notifications, programmes] = await load(request, () =>
    Promise.all([context.trpc.notifications.list(), context.trpc.programmes.mine()]),
  );
  return { notifications, firstProgramme: programmes[0]?.slug ?? null };
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (field(form, "intent") === "read-all") {
    const result = await attempt(() => context.trpc.notifications.markAllRead());
    if (!result.ok) return result.response;
    return { done: "All notifications marked as read." };
  }
  const result = await attempt(() =>
    context.trpc.notifications.open({ notificationId: field(form, "notificationId") }),
  );
  if (!result.ok) return result.response;
  return redirect(safeRedirect(result.value.link, "/notifications"));
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const { notifications, firstProgramme } = loaderData;
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  return (
    <main id="main" className="narrow-page">
      <p>
        <Link to={firstProgramme ? `/p/${firstProgramme}` : "/"}>Back to your programme</Link>
      </p>
      <h1>Notifications</h1>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={errors?.formError} />
      {notifications.items.length === 0 ? (
        <p>You have no notifications yet. When someone mentions you in a comment, it shows here.</p>
      ) : (
        <>
          <p className="meta">{countOf(notifications.unread, "unread", "unread")}</p>
          <ul className="notification-list">
            {notifications.items.map((item) => (
              <li key={item.id} className={item.readAt ? "notification" : "notification unread"}>
                <Form method="post">
                  <input type="hidden" name="notificationId" value={item.id} />
                  <button type="submit" className="link-button notification-open">
                    {item.readAt ? "" : <span className="visually-hidden">Unread: </span>}
                    {item.text}
                  </button>
                </Form>
                <p className="meta">
                  {item.programme.name},{" "}
                  <time dateTime={new Date(item.createdAt).toISOString()}>
                    {formatDateTime(item.createdAt)}
                  </time>
                </p>
              </li>
            ))}
          </ul>
          {notifications.unread > 0 && (
            <Form method="post">
              <input type="hidden" name="intent" value="read-all" />
              <button type="submit" className="button button-secondary">
                Mark all as read
              </button>
            </Form>
          )}
        </>
      )}
    </main>
  );
}
