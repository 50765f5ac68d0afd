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
        This local demo has no email server. These are the messages Coproduce would have sent,
        newest first.
      </p>
      {loaderData.messages.length === 0 && <p>No messages yet.</p>}
      <ol className="outbox">
        {loaderData.messages.map((message) => (
          <li key={message.id} className="card">
            <h2>{message.subject}</h2>
            <p className="meta">
              To {message.to} at {new Date(message.createdAt).toLocaleString("en-GB")}
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
