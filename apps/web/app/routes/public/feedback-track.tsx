// The private page where someone follows their feedback: no account, just the link we gave.
import { Link } from "react-router";
import type { Route } from "./+types/feedback-track";
import { load } from "../../lib/trpc-errors.server";
import { feedbackStatusLabel, formatDate, ratingLabel } from "@coproduce/shared/labels";
import { PublicShell } from "../../components/PublicShell";

export const meta: Route.MetaFunction = () => [
  { title: "Your feedback – Coproduce" },
  // A private link: keep it out of search engines.
  { name: "robots", content: "noindex" },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const feedback = await load(request, () => context.trpc.feedback.track({ token: params.token }));
  const url = new URL(request.url);
  return {
    feedback,
    justSent: url.searchParams.get("sent") === "1",
    privateLink: `${url.origin}${url.pathname}`,
  };
}

export default function TrackFeedback({ loaderData }: Route.ComponentProps) {
  const { feedback, justSent, privateLink } = loaderData;
  return (
    <PublicShell
      home={{ to: `/feedback/${feedback.programme.slug}`, label: feedback.programme.name }}
    >
      {justSent ? (
        <div className="panel-confirmation" role="status">
          <h1>Thank you. We have your feedback.</h1>
          <p>The programme team will read it and reply.</p>
        </div>
      ) : (
        <h1>Your feedback</h1>
      )}
      <section className="card" aria-labelledby="link-heading">
        <h2 id="link-heading">Your private link</h2>
        <p>Keep this link to see what happens to your feedback. Anyone with the link can see it.</p>
        <p className="private-link">
          <a href={privateLink}>{privateLink}</a>
        </p>
      </section>
      <h2>What happened</h2>
      <dl className="answers">
        <div>
          <dt>Status</dt>
          <dd data-testid="feedback-status">{feedbackStatusLabel(feedback.status)}</dd>
        </div>
        <div>
          <dt>Our reply</dt>
          <dd data-testid="feedback-response">
            {feedback.response ?? "We have not replied yet. Please check again later."}
          </dd>
        </div>
        {feedback.changeLabel && (
          <div>
            <dt>What changed</dt>
            <dd>{feedback.changeLabel}</dd>
          </div>
        )}
      </dl>
      <h2>What you told us</h2>
      <dl className="answers">
        <div>
          <dt>About</dt>
          <dd>{feedback.targetTitle}</dd>
        </div>
        <div>
          <dt>What you think</dt>
          <dd>{ratingLabel(feedback.rating)}</dd>
        </div>
        <div>
          <dt>What you wrote</dt>
          <dd className="preserve-lines">{feedback.body}</dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{formatDate(feedback.createdAt)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/feedback/${feedback.programme.slug}`}>
          See what people said and what the programme did
        </Link>
      </p>
    </PublicShell>
  );
}
