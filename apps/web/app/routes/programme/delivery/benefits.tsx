// Benefits across the programme: measures that several partnerships share, rolled up.
import type { Route } from "./+types/benefits";
import { load } from "../../../lib/trpc-errors.server";
import { RollUpChart } from "../../../components/delivery/RollUpChart";

export const meta: Route.MetaFunction = () => [{ title: "Benefits – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const rollUp = await load(request, () =>
    context.trpc.benefits.rollUp({ programmeSlug: params.slug }),
  );
  return { rollUp };
}

export default function Benefits({ loaderData }: Route.ComponentProps) {
  const { rollUp } = loaderData;
  return (
    <>
      <h1>Benefits</h1>
      <p className="lead">
        Measures that two or more partnerships record the same way (same name and unit), averaged
        across them each month. Each partnership&apos;s own charts, with process limits and
        special-cause flags, are on its page.
      </p>
      {rollUp.length === 0 && <p>No shared measures yet.</p>}
      {rollUp.map((m) => (
        <RollUpChart key={`${m.name}|${m.unit}`} measure={m} />
      ))}
    </>
  );
}
