// The server's settings, read and checked once. The rest of the code imports `env`.
import { z } from "zod";
import { resolveDatabaseUrl } from "@coproduce/db";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url) => resolveDatabaseUrl(url)),
  /** Lists the emails the app would send at /dev/outbox. Turn off where real mail is set up. */
  DEV_OUTBOX: z
    .enum(["on", "off"])
    .default("on")
    .transform((value) => value === "on"),
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

export const env = parsed.data;
