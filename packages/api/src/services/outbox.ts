import type { Db } from "@coproduce/db";

/**
 * "Sends" an email. There is no mail server in the local set-up, so messages are stored and
 * listed at /dev/outbox; a real deployment would hand them to a mail service here.
 */
export async function sendMessage(
  db: Db,
  message: { to: string; subject: string; body: string; link?: string },
) {
  await db.outboxMessage.create({ data: message });
}
