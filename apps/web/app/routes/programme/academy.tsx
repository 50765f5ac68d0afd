import type { Route } from "./+types/academy";

export const meta: Route.MetaFunction = () => [{ title: "Change Academy – Coproduce" }];

export default function Academy() {
  return (
    <>
      <h1>Change Academy</h1>
      <p className="lead">
        Workshops where teams, service users and carers invent new ways of working together.
      </p>
      <div className="card empty-state">
        <h2>No sessions yet</h2>
        <p>Planned and past workshops will be listed here.</p>
      </div>
    </>
  );
}
