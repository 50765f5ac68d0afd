// The programme's decision log for members: a filtered list, and the same list as CSV.
import { z } from "zod";
import { DECISION_KINDS } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import {
  decisionFilterChoices,
  decisionsCsv,
  KIND_NAMES,
  listDecisions,
} from "../../services/governance/decision-list.js";

/** The page shows the newest entries; the CSV holds every entry that matches. */
const PAGE_ENTRIES = 200;

const filter = z.object({
  sectionId: z.string().min(1).max(100).optional(),
  personId: z.string().min(1).max(100).optional(),
  kind: z.enum(DECISION_KINDS, { error: "Choose a kind from the list." }).optional(),
});

export const decisionLogRouter = router({
  list: programmeProcedure("decisions:read")
    .input(filter)
    .query(async ({ ctx, input }) => {
      const [entries, choices] = await Promise.all([
        listDecisions(ctx.db, ctx.access.programmeId, input, PAGE_ENTRIES + 1),
        decisionFilterChoices(ctx.db, ctx.access.programmeId),
      ]);
      return {
        entries: entries.slice(0, PAGE_ENTRIES),
        more: entries.length > PAGE_ENTRIES,
        kinds: DECISION_KINDS.map((kind) => ({ value: kind, label: KIND_NAMES[kind] })),
        ...choices,
      };
    }),

  csv: programmeProcedure("decisions:read")
    .input(filter)
    .query(async ({ ctx, input }) => ({
      filename: `${ctx.access.programmeSlug}-decision-log.csv`,
      csv: decisionsCsv(await listDecisions(ctx.db, ctx.access.programmeId, input)),
    })),
});
