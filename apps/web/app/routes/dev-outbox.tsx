import type { Route } from "./+types/dev-outbox";
import { AuthCard } from "../components/AuthCard";
import { load } from "../lib/trpc-errors.server";

export const meta: Route.MetaFunction = () => [{ title: "Outbox – Coproduce" }];

export async function loader({ context, request }: Route.LoaderArgs) {
  return { messages: await load(request, () => context.trpc.dev.outbox()) };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  return (
    <AuthCard title="Outbox">
      <p>
        For local development only. These are the emails Coproduce has queued, newest first, and
        whether each has been sent.
      </p>
      {loaderData.messages.length === 0 && <p>No messages yet.</p>}
      <ol className="outbox">
        {loaderData.messages.map((message) => (
          <li key={message.id} className="card">
            <h2>{message.subject}</h2>
            <p className="meta">
              To {message.to} at {new Date(message.createdAt).toLocaleString("en-GB")}.{" "}
              {statusText(message.status, message.lastError)}
            </p>
            <p>{message.body}</p>
            {message.link && (
              <p>
                <a href={message.link}>Open the link in this message</a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </AuthCard>
  );
}

function statusText(status: string, lastError: string | null) {
  if (status === "sent") return "Sent.";
  if (status === "failed") return `Not sent: ${lastError ?? "gave up"}.`;
  return lastError ? `Waiting to try again (${lastError}).` : "Waiting to be sent.";
}
