import type { Db } from "@coproduce/db";

export interface QueuedEmail {
  to: string;
  subject: string;
  body: string;
  /** A path on this site ("/reset-password/…"); the mail worker makes it a full address. */
  link?: string;
}

/**
 * Queues an email. It is stored first, in the caller's request, so nothing is lost if the mail
 * server is down or the process restarts; the server's mail worker (mail/delivery.ts) sends it.
 */
export async function sendMessage(db: Db, message: QueuedEmail) {
  await db.outboxMessage.create({ data: message });
}

export async function sendMessages(db: Db, messages: QueuedEmail[]) {
  if (messages.length > 0) await db.outboxMessage.createMany({ data: messages });
}
