// Feedback in the programme: for moderators, the queue (waiting, published, not published);
// for everyone, the way to the public "you said, we did" page and the representation report.
import { Link, NavLink } from "react-router";
import { TRPCError } from "@trpc/server";
import { FEEDBACK_MODERATION } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/feedback";
import { load } from "../../../lib/trpc-errors.server";
import { feedbackStatusLabel, formatDate, ratingLabel } from "@coproduce/shared/labels";

export const meta: Route.MetaFunction = () => [{ title: "Feedback – Coproduce" }];

const VIEW_LABELS: Record<(typeof FEEDBACK_MODERATION)[number], string> = {
  pending: "Waiting",
  approved: "Published",
  rejected: "Not published",
};

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const requested = new URL(request.url).searchParams.get("view");
  const view = FEEDBACK_MODERATION.find((v) => v === requested) ?? "pending";
  const queue = await load(request, async () => {
    try {
      return await context.trpc.feedbackModeration.queue({ programmeSlug: params.slug, view });
    } catch (error) {
      // Only moderators see the queue; everyone else sees the public side.
      if (error instanceof TRPCError && error.code === "FORBIDDEN") return null;
      throw error;
    }
  });
  return { queue, view };
}

export default function Feedback({ loaderData, params }: Route.ComponentProps) {
  const { queue, view } = loaderData;
  const base = `/p/${params.slug}/feedback`;
  return (
    <>
      <h1>Feedback</h1>
      <p className="lead">
        What service users, carers and staff tell us, and what we did about it.
      </p>
      <ul className="link-row">
        <li>
          <Link to={`/feedback/${params.slug}`}>“You said, we did” (public page)</Link>
        </li>
        <li>
          <Link to={`/feedback/${params.slug}/give`}>Give feedback</Link>
        </li>
        <li>
          <Link to={`/p/${params.slug}/representation`}>Who is taking part</Link>
        </li>
      </ul>
      {queue && (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">Moderation</h2>
          <nav aria-label="Feedback by moderation state" className="tabs">
            {FEEDBACK_MODERATION.map((v) => (
              <NavLink
                key={v}
                to={`${base}?view=${v}`}
                aria-current={v === view ? "page" : undefined}
                className={v === view ? "tab tab-current" : "tab"}
              >
                {VIEW_LABELS[v]} ({queue.counts[v]})
              </NavLink>
            ))}
          </nav>
          {queue.items.length === 0 ? (
            <p className="card empty-state">Nothing here.</p>
          ) : (
            <ul className="plain-list">
              {queue.items.map((item) => (
                <li key={item.id} className="card feedback-row">
                  <h3>
                    <Link to={`${base}/${item.id}`}>About {item.targetTitle}</Link>
                  </h3>
                  <p className="feedback-excerpt">{item.body}</p>
                  <p className="meta">
                    {formatDate(item.createdAt)}. {ratingLabel(item.rating)}.{" "}
                    {item.stakeholderGroup?.name ?? "Group not said"}. Owner:{" "}
                    {item.owner?.name ?? "nobody yet"}. Status: {feedbackStatusLabel(item.status)}.
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
