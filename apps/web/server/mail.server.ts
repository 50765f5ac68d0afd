// Which way this server sends email, chosen once at start-up and said in the log, so whoever
// runs it knows whether people will get their reset links.
import { smtpHost, smtpTransport, startMailWorker } from "@coproduce/api";
import type { Db } from "@coproduce/db";
import { env } from "./env.server.js";

export function startEmail(db: Db): { stop(): void } {
  if (!env.SMTP_URL) {
    console.log(
      env.DEV_OUTBOX
        ? "Email: dev outbox: emails are listed at /dev/outbox (this machine only), none are sent."
        : "Email: none: no SMTP_URL, emails are kept in the queue and sent once it is set.",
    );
    return { stop: () => {} };
  }
  const transport = smtpTransport(env.SMTP_URL);
  console.log(`Email: SMTP to ${smtpHost(env.SMTP_URL)}, from ${env.MAIL_FROM}.`);
  if (!process.env.PUBLIC_URL) {
    console.warn(`PUBLIC_URL is not set: links in emails point at ${env.PUBLIC_URL}.`);
  }
  const worker = startMailWorker(db, transport, {
    from: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL,
    onError: (error) => console.error("Mail worker:", error),
  });
  return {
    stop() {
      worker.stop();
      transport.close();
    },
  };
}
