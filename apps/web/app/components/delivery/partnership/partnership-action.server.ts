// What the partnership page's forms do: one intent per form, each a tRPC call. The result
// names its form (`target`), so the page shows a message beside the form that sent it.
import { redirect, type AppLoadContext } from "react-router";
import {
  ADOPTION_STATUSES,
  BENEFIT_DIRECTIONS,
  MILESTONE_STATUSES,
} from "@coproduce/shared/vocabulary";
import { attempt, formError } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { partnershipFromForm } from "../PartnershipForm";

export async function partnershipAction(
  context: AppLoadContext,
  params: { slug: string; partnershipId: string },
  form: FormData,
) {
  const programmeSlug = params.slug;
  const partnershipId = params.partnershipId;
  const intent = field(form, "intent");
  const target = `${intent}:${field(form, "sectionId") || field(form, "milestoneId")}`;
  const run = async (mutation: () => Promise<unknown>, done: string) => {
    const result = await attempt(mutation);
    if (!result.ok) return { ...result.response.data, target };
    return { done, target };
  };
  const t = context.trpc;
  switch (intent) {
    case "startVariant": {
      // A new local version opens on its own page.
      const result = await attempt(() =>
        t.variants.create({
          programmeSlug,
          partnershipId,
          coreSectionId: field(form, "sectionId"),
        }),
      );
      if (!result.ok) return { ...result.response.data, target: "startVariant:" };
      return redirect(`/p/${programmeSlug}/local-versions/${result.value.id}`);
    }
    case "update":
      return run(
        () => t.partnerships.update({ programmeSlug, partnershipId, ...partnershipFromForm(form) }),
        "Partnership details saved.",
      );
    case "addMember":
      return run(
        () =>
          t.partnerships.addMember({ programmeSlug, partnershipId, userId: field(form, "userId") }),
        "Member added.",
      );
    case "removeMember":
      return run(
        () =>
          t.partnerships.removeMember({
            programmeSlug,
            partnershipId,
            userId: field(form, "userId"),
          }),
        "Member removed.",
      );
    case "setCell":
      return run(
        () =>
          t.adoption.setCell({
            programmeSlug,
            partnershipId,
            sectionId: field(form, "sectionId"),
            status: choiceField(
              form,
              "status",
              ADOPTION_STATUSES,
              "Choose how far this section is adopted.",
            ),
            variation: field(form, "variation"),
            plannedFor: field(form, "plannedFor"),
            reason: field(form, "reason"),
            evidence: field(form, "evidence"),
          }),
        `Adoption of "${field(form, "sectionTitle")}" saved.`,
      );
    case "createMilestone":
    case "updateMilestone": {
      // Read inside run(), so a status outside the list is a message beside the field.
      const fields = () => ({
        programmeSlug,
        title: field(form, "title"),
        owner: field(form, "owner"),
        status: choiceField(form, "status", MILESTONE_STATUSES, "Choose a status from the list."),
        plannedDate: field(form, "plannedDate"),
        forecastDate: field(form, "forecastDate"),
        actualDate: field(form, "actualDate"),
      });
      return intent === "createMilestone"
        ? run(() => t.milestones.create({ ...fields(), partnershipId }), "Milestone added.")
        : run(
            () => t.milestones.update({ ...fields(), milestoneId: field(form, "milestoneId") }),
            "Milestone saved.",
          );
    }
    case "createMeasure":
      return run(
        () =>
          t.benefits.createMeasure({
            programmeSlug,
            partnershipId,
            name: field(form, "name"),
            unit: field(form, "unit"),
            direction: choiceField(
              form,
              "direction",
              BENEFIT_DIRECTIONS,
              "Choose which direction is good.",
            ),
            baseline: field(form, "baseline"),
            target: field(form, "target"),
            targetDate: field(form, "targetDate"),
          }),
        "Measure added.",
      );
    case "recordActual":
      return run(
        () =>
          t.benefits.recordActual({
            programmeSlug,
            measureId: field(form, "measureId"),
            date: field(form, "date"),
            value: field(form, "value"),
          }),
        "Value recorded.",
      );
  }
  return formError("We did not understand that request.");
}
