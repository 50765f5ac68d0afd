// One partnership: its delivery model, its column of the adoption matrix ("how far through the
// toolkit are we"), milestones with slippage, benefits as SPC charts, and readiness. Each part
// is a panel in components/delivery/partnership/; the forms' intents are in
// partnership-action.server.ts.
import { Link } from "react-router";
import type { Route } from "./+types/partnership";
import { load } from "../../../lib/trpc-errors.server";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { partnershipAction } from "../../../components/delivery/partnership/partnership-action.server";
import {
  errorsForResult,
  type PanelResult,
} from "../../../components/delivery/partnership/panel-errors";
import { PartnershipDetails } from "../../../components/delivery/partnership/PartnershipDetails";
import { AdoptionPanel } from "../../../components/delivery/partnership/AdoptionPanel";
import { MilestonesPanel } from "../../../components/delivery/partnership/MilestonesPanel";
import { BenefitsPanel } from "../../../components/delivery/partnership/BenefitsPanel";
import { ReadinessPanel } from "../../../components/delivery/partnership/ReadinessPanel";
import { LocalVersionsPanel } from "../../../components/delivery/partnership/LocalVersionsPanel";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.partnership.name ?? "Partnership"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const input = { programmeSlug: params.slug, partnershipId: params.partnershipId };
  const partnership = await load(request, () => context.trpc.partnerships.get(input));
  const [adoption, milestones, measures, readiness, options, variants] = await Promise.all([
    context.trpc.adoption.forPartnership(input),
    context.trpc.milestones.list(input),
    context.trpc.benefits.forPartnership(input),
    context.trpc.readiness.history(input),
    partnership.canEdit
      ? context.trpc.partnerships.formOptions({ programmeSlug: params.slug })
      : null,
    context.trpc.variants.list(input),
  ]);
  return {
    partnership,
    sections: adoption.sections,
    cells: adoption.cells,
    milestones,
    measures,
    readiness,
    options,
    variants,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  return partnershipAction(context, params, await request.formData());
}

export default function Partnership({ loaderData, actionData, params }: Route.ComponentProps) {
  const {
    partnership: p,
    sections,
    cells,
    milestones,
    measures,
    readiness,
    options,
    variants,
  } = loaderData;
  const result = actionData as PanelResult | undefined;
  const errorsFor = errorsForResult(result);
  const base = `/p/${params.slug}/delivery-models`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>Delivery models</Link>
      </p>
      <h1>{p.name}</h1>
      {result?.done && (
        <p className="notice" role="status">
          {result.done}
        </p>
      )}
      {result?.target === "removeMember:" && result.formError && (
        <ErrorSummary message={result.formError} />
      )}
      <PartnershipDetails partnership={p} options={options} errorsFor={errorsFor} />
      <AdoptionPanel
        name={p.name}
        base={base}
        sections={sections}
        cells={cells}
        canEdit={p.canEdit}
        errorsFor={errorsFor}
        localVersions={Object.fromEntries(
          variants.map((v) => [v.coreSectionId, `/p/${params.slug}/local-versions/${v.id}`]),
        )}
      />
      <LocalVersionsPanel
        slug={params.slug}
        sections={sections}
        variants={variants}
        canEdit={p.canEdit}
        errorsFor={errorsFor}
      />
      <MilestonesPanel
        name={p.name}
        milestones={milestones}
        canEdit={p.canEdit}
        errorsFor={errorsFor}
      />
      <BenefitsPanel measures={measures} canEdit={p.canEdit} errorsFor={errorsFor} />
      <ReadinessPanel
        id={p.id}
        name={p.name}
        base={base}
        readiness={readiness}
        canEdit={p.canEdit}
      />
    </>
  );
}
