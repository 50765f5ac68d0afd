// The server's settings, read and checked once. The rest of the code imports `env`.
import { z } from "zod";
import { resolveDatabaseUrl } from "@coproduce/db";
import { devOutboxEnabled } from "./dev-outbox.server.js";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url) => resolveDatabaseUrl(url)),
  /**
   * Lists the emails the app sends at /dev/outbox, to this machine only. Off in production
   * unless set to "on" (see dev-outbox.server.ts); on elsewhere unless "off".
   */
  DEV_OUTBOX: z.enum(["on", "off"]).optional(),
  /** smtp://user:pass@host:587 or smtps://…: emails are sent through it. Unset: none are. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Coproduce <no-reply@localhost>"),
  /** The address people reach the server at, for links in emails. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Serves /bench/metrics (CPU time, queries, responses) to this machine, for npm run bench. */
  BENCH_METRICS: z
    .enum(["on", "off"])
    .default("off")
    .transform((value) => value === "on"),
  /**
   * redis://host:6379 (or rediss://): several app processes share live documents, presence,
   * signals, locks and the page cache through it. Unset: this process alone.
   */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: "REDIS_URL must start with redis:// or rediss://" })
    .optional(),
  /** Set when behind a reverse proxy, so rate limits see the real client address. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  console.error("The server's settings are not valid:", z.flattenError(parsed.error).fieldErrors);
  process.exit(1);
}

export const env = {
  ...parsed.data,
  DEV_OUTBOX: devOutboxEnabled(parsed.data.NODE_ENV, parsed.data.DEV_OUTBOX),
  PUBLIC_URL: (parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/$/, ""),
};
