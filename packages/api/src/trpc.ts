import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { ROLES, type Role } from "@coproduce/db";
import type { Context, ProgrammeAccess } from "./context.js";
import { roleCan, type Permission } from "./permissions.js";
import { withCleanText } from "./text-inputs.js";

const t = initTRPC.context<Context>().create({
  // Field-by-field messages travel with validation errors so forms can show them in place.
  errorFormatter({ shape, error }) {
    const fieldErrors =
      error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : undefined;
    const message =
      error.cause instanceof ZodError
        ? (error.cause.issues[0]?.message ?? "Please check what you entered.")
        : shape.message;
    return { ...shape, message, data: { ...shape.data, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Every procedure reads its input with control characters removed (text-inputs.ts). */
const cleanText = t.middleware(({ getRawInput, next }) =>
  next({ getRawInput: async () => withCleanText(await getRawInput()) }),
);

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(cleanText).use(async ({ ctx, type, next }) => {
  // A change may add, remove or change memberships, local versions and live documents: forget
  // what was remembered for this request (see programmeProcedure, findReadableSection and
  // read-once.ts), before and after it.
  if (type !== "mutation") return next();
  const forget = () => {
    ctx.memberships?.clear();
    ctx.readableSections?.clear();
    ctx.documentReads?.clear();
  };
  forget();
  try {
    return await next();
  } finally {
    forget();
  }
});

/** A signed-in person. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const programmeInput = z.object({
  programmeSlug: z.string().min(1, "Choose a programme.").max(100),
});

/**
 * A signed-in member of the programme named in the input whose role grants `permission`.
 * Someone outside the programme is told it was not found, so slugs do not leak.
 */
export function programmeProcedure(permission: Permission) {
  return authedProcedure.input(programmeInput).use(async ({ ctx, input, next }) => {
    const access = await programmeAccessFor(ctx, ctx.user.id, input.programmeSlug, permission);
    return next({ ctx: { ...ctx, access } });
  });
}

/**
 * The signed-in person's access to the programme `programmeSlug` if their role grants
 * `permission`; otherwise "not found" (outsiders) or "forbidden" (a role without it).
 */
export async function programmeAccessFor(
  ctx: Context,
  userId: string,
  programmeSlug: string,
  permission: Permission,
): Promise<ProgrammeAccess> {
  // A page load calls several procedures of one programme: within one request, the
  // membership is looked up once (mutations forget it, see publicProcedure).
  let lookup = ctx.memberships?.get(programmeSlug);
  if (!lookup) {
    lookup = ctx.db.membership.findFirst({
      where: { userId, programme: { slug: programmeSlug } },
      select: { role: true, programmeId: true },
    });
    ctx.memberships?.set(programmeSlug, lookup);
  }
  const membership = await lookup;
  if (!membership) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that programme." });
  }
  const role = parseRole(membership.role);
  if (!roleCan(role, permission)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your role in this programme does not allow this.",
    });
  }
  return { programmeId: membership.programmeId, programmeSlug, role };
}

function parseRole(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  // A role the code does not know gets no rights at all.
  return "viewer";
}
