import { Link } from "react-router";
import type { Route } from "./+types/overview";
import { load } from "../../lib/trpc-errors.server";
import { formatNumber, roleLabel } from "@coproduce/shared/labels";
import { HomePanels } from "../../components/programme/HomePanels";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.programme.name ?? "Programme"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const [programme, counts, panels] = await load(request, () =>
    Promise.all([
      context.trpc.programmes.get({ programmeSlug: params.slug }),
      context.trpc.programmes.counts({ programmeSlug: params.slug }),
      context.trpc.home.panels({ programmeSlug: params.slug }),
    ]),
  );
  return { programme: { ...programme, counts }, panels };
}

export default function Overview({ loaderData }: Route.ComponentProps) {
  const { programme, panels } = loaderData;
  const base = `/p/${programme.slug}`;
  const stats = [
    {
      label: "Early Adopter partnerships",
      value: programme.counts.partnerships,
      to: "delivery-models",
    },
    { label: "Toolkit and handbook documents", value: programme.counts.documents, to: "toolbox" },
    { label: "Sections being co-produced", value: programme.counts.sections, to: "toolbox" },
    { label: "People taking part", value: programme.counts.members, to: "people" },
    { label: "Partner organisations", value: programme.counts.organisations, to: "people" },
    { label: "Places", value: programme.counts.places, to: "delivery-models" },
  ];
  return (
    <>
      <h1>{programme.name}</h1>
      <p className="lead">{programme.description}</p>
      <p className="meta">
        Population served: {formatNumber(programme.population)}. Your role:{" "}
        {roleLabel(programme.myRole)}.
      </p>
      <HomePanels panels={panels} />
      <h2>The programme at a glance</h2>
      <ul className="stat-grid">
        {stats.map((stat) => (
          <li key={stat.label} className="card stat">
            <Link to={`${base}/${stat.to}`}>
              <span className="stat-value">{formatNumber(stat.value)}</span>
              <span className="stat-label">{stat.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
