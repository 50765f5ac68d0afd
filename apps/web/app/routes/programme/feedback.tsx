import type { Route } from "./+types/feedback";

export const meta: Route.MetaFunction = () => [{ title: "Feedback – Coproduce" }];

export default function Feedback() {
  return (
    <>
      <h1>Feedback</h1>
      <p className="lead">
        What service users, carers and staff tell us, and what we did about it.
      </p>
      <div className="card empty-state">
        <h2>No feedback yet</h2>
        <p>Feedback given on the Toolbox, delivery models and workshops will be listed here.</p>
      </div>
    </>
  );
}
