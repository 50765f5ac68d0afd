// The mail worker: takes due messages from the OutboxMessage queue and hands them to a mail
// transport (SMTP in the server). A failure is retried later with a delay that doubles each
// time; after the last try the message is marked failed with its error, for an admin to see.
import type { Db } from "@coproduce/db";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one email or throws; smtp-transport.ts is the real one. */
export interface MailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

export const MAIL_RETRY = {
  maxAttempts: 8,
  firstDelaySeconds: 30,
  maxDelaySeconds: 6 * 60 * 60,
  /** How long a worker holds a message it took; then another may try it. */
  leaseSeconds: 5 * 60,
  /** A message still unsent after this long is given up: its news is stale. */
  maxAgeHours: 72,
  batch: 20,
} as const;

/** The wait before try number `attempts + 1`: 30 s, 1 min, 2 min, … up to 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(MAIL_RETRY.firstDelaySeconds * 2 ** (attempts - 1), MAIL_RETRY.maxDelaySeconds);
}

export interface DeliveryOptions {
  from: string;
  /** The site's public address, e.g. https://coproduce.example.org, for links. */
  publicUrl: string;
  now?: () => Date;
}

export function emailText(body: string, link: string | null, publicUrl: string): string {
  return link ? `${body}\n\n${new URL(link, publicUrl).toString()}\n` : `${body}\n`;
}

/** Sends every message that is due now; returns how many were sent and how many failed. */
export async function deliverDueMessages(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<{ sent: number; failed: number }> {
  const now = (options.now ?? (() => new Date()))();
  const tooOld = new Date(now.getTime() - MAIL_RETRY.maxAgeHours * 3_600_000);
  await db.outboxMessage.updateMany({
    where: { status: "queued", createdAt: { lt: tooOld } },
    data: { status: "failed", lastError: `Not sent within ${MAIL_RETRY.maxAgeHours} hours.` },
  });
  const due = await db.outboxMessage.findMany({
    where: { status: "queued", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: MAIL_RETRY.batch,
  });
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    // Take the message only if no other worker has taken it since it was read.
    const lease = new Date(now.getTime() + MAIL_RETRY.leaseSeconds * 1000);
    const taken = await db.outboxMessage.updateMany({
      where: { id: message.id, status: "queued", attempts: message.attempts },
      data: { attempts: { increment: 1 }, nextAttemptAt: lease },
    });
    if (taken.count === 0) continue;
    const attempts = message.attempts + 1;
    try {
      await transport.send({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: emailText(message.body, message.link, options.publicUrl),
      });
      await db.outboxMessage.update({
        where: { id: message.id },
        data: { status: "sent", sentAt: new Date(), lastError: null },
      });
      sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = attempts >= MAIL_RETRY.maxAttempts;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: giveUp
          ? { status: "failed", lastError }
          : {
              lastError,
              nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts) * 1000),
            },
      });
      failed++;
    }
  }
  return { sent, failed };
}

/** Runs deliverDueMessages every few seconds until stopped. */
export function startMailWorker(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions & { intervalMs?: number; onError?: (error: unknown) => void },
) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueMessages(db, transport, options);
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 5000);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), runNow: tick };
}
