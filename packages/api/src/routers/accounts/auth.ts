import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure, publicProcedure, router } from "../../trpc.js";
import { emailInput, nameInput, newPasswordInput, tokenInput } from "../../inputs.js";
import { hashPassword, verifyPassword } from "../../services/passwords.js";
import { clearedSessionCookie, createSession, sessionCookie } from "../../services/sessions.js";
import { markSignInSucceeded, recordSignInAttempt, signInWait } from "../../services/rate-limit.js";
import { tooManyAttempts } from "../../services/wait-text.js";
import { hashToken, newToken } from "../../services/tokens.js";
import { sendMessage } from "../../services/mail/queue.js";
import { guarded } from "../../services/guess-limit.js";
import type { Context } from "../../context.js";

const RESET_TOKEN_MINUTES = 60;
const RESET_EMAILS_PER_HOUR = 3;

/** A reset link's record; unknown links count against the address's guess limit. */
function findResetToken(ctx: Context, token: string) {
  return guarded(ctx, "reset-link", () =>
    ctx.db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } }),
  );
}

async function startSession(ctx: Context, userId: string) {
  const { token, expiresAt } = await createSession(ctx.db, userId, ctx.now());
  ctx.setCookie(sessionCookie(token, expiresAt, ctx.secure));
}

export const authRouter = router({
  /** The signed-in person, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signUp: publicProcedure
    .input(z.object({ name: nameInput, email: emailInput, password: newPasswordInput }))
    .mutation(async ({ ctx, input }) => {
      const existing = await ctx.db.user.findUnique({ where: { email: input.email } });
      if (existing) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "An account with this email already exists. Sign in, or reset your password.",
        });
      }
      const user = await ctx.db.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash: await hashPassword(input.password),
        },
      });
      await startSession(ctx, user.id);
      return { id: user.id, name: user.name, email: user.email };
    }),

  signIn: publicProcedure
    .input(
      z.object({
        email: emailInput,
        password: z.string().min(1, "Enter your password.").max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const wait = await signInWait(ctx.db, input.email, ctx.ip, now);
      if (wait > 0) {
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: tooManyAttempts(wait) });
      }
      const attemptId = await recordSignInAttempt(ctx.db, { email: input.email, ip: ctx.ip, now });
      const user = await ctx.db.user.findUnique({ where: { email: input.email } });
      const ok = user ? await verifyPassword(user.passwordHash, input.password) : false;
      if (!user || !ok) {
        // The same message either way, so nobody can find out who has an account.
        throw new TRPCError({
          code: "UNAUTHORIZED",
          message: "That email and password do not match. Check them and try again.",
        });
      }
      await markSignInSucceeded(ctx.db, attemptId);
      await startSession(ctx, user.id);
      return { id: user.id, name: user.name, email: user.email };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.user) await ctx.db.session.deleteMany({ where: { id: ctx.user.sessionId } });
    ctx.setCookie(clearedSessionCookie(ctx.secure));
    return { signedOut: true };
  }),

  requestPasswordReset: publicProcedure
    .input(z.object({ email: emailInput }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { email: input.email } });
      const recent = user
        ? await ctx.db.passwordResetToken.count({
            where: {
              userId: user.id,
              createdAt: { gt: new Date(ctx.now().getTime() - 60 * 60_000) },
            },
          })
        : 0;
      // A few an hour is plenty for a person; more would let anyone flood their inbox.
      if (user && recent < RESET_EMAILS_PER_HOUR) {
        const token = newToken();
        await ctx.db.passwordResetToken.create({
          data: {
            userId: user.id,
            tokenHash: hashToken(token),
            createdAt: ctx.now(),
            expiresAt: new Date(ctx.now().getTime() + RESET_TOKEN_MINUTES * 60 * 1000),
          },
        });
        const link = `/reset-password/${token}`;
        await sendMessage(ctx.db, {
          to: user.email,
          subject: "Reset your Coproduce password",
          body: `Hello ${user.name}. Use this link within ${RESET_TOKEN_MINUTES} minutes to choose a new password. If you did not ask for this, you can ignore this message.`,
          link,
        });
      }
      // Always the same answer, so the form cannot be used to find out who has an account.
      return { sent: true };
    }),

  resetPasswordTokenValid: publicProcedure
    .input(z.object({ token: tokenInput }))
    .query(async ({ ctx, input }) => {
      const reset = await findResetToken(ctx, input.token);
      return { valid: !!reset && !reset.usedAt && reset.expiresAt > ctx.now() };
    }),

  resetPassword: publicProcedure
    .input(z.object({ token: tokenInput, password: newPasswordInput }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const reset = await findResetToken(ctx, input.token);
      if (!reset || reset.usedAt || reset.expiresAt <= now) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This reset link has expired or has been used. Ask for a new one.",
        });
      }
      const passwordHash = await hashPassword(input.password);
      await ctx.db.$transaction([
        ctx.db.user.update({ where: { id: reset.userId }, data: { passwordHash } }),
        ctx.db.passwordResetToken.update({ where: { id: reset.id }, data: { usedAt: now } }),
        // A new password signs every other browser out.
        ctx.db.session.deleteMany({ where: { userId: reset.userId } }),
      ]);
      await startSession(ctx, reset.userId);
      return { reset: true };
    }),

  /** Changing your own name is the one account setting for now. */
  updateName: authedProcedure
    .input(z.object({ name: nameInput }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.user.update({ where: { id: ctx.user.id }, data: { name: input.name } });
      return { name: input.name };
    }),
});
