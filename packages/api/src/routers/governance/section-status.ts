// A section's status: draft, in review, agreed. Every change is logged; agreeing needs the
// section's owner or an admin and a decision (services/governance/change-control.ts).
import { z } from "zod";
import { SECTION_STATUSES } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { setSectionStatus } from "../../services/governance/change-control.js";
import { findReadableSection } from "../../policies/readable-section.js";

export const sectionStatusRouter = router({
  set: programmeProcedure("toolbox:edit")
    .input(
      z.object({
        sectionId: z.string().min(1).max(100),
        status: z.enum(SECTION_STATUSES, { error: "Choose a status from the list." }),
        decision: z
          .string()
          .trim()
          .max(2000, "Use at most 2,000 characters for the decision.")
          .default(""),
        /** Ticked: agreeing although no service user or carer took part was considered. */
        consideredWithoutLivedExperience: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findReadableSection(
        ctx,
        input.sectionId,
        { id: true, title: true, status: true, ownerId: true, plainText: true, html: true },
        { liveOnly: true },
      );
      return setSectionStatus(ctx.db, {
        programmeId: ctx.access.programmeId,
        section,
        status: input.status,
        decision: input.decision,
        consideredWithoutLivedExperience: input.consideredWithoutLivedExperience,
        actor: { id: ctx.user.id, role: ctx.access.role },
      });
    }),
});
