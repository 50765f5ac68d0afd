// A real SMTP server for a test that reads the emails a person would get: the e2e server sends
// to E2E_SMTP_PORT (playwright.config.ts). Only one spec may listen on it at a time, so specs
// that read mail run in mail.spec files, one test at a time (test.describe.configure serial).
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { expect } from "@playwright/test";
import { E2E_SMTP_PORT } from "./settings";

export interface Inbox {
  /** Waits for an email to this address (and with this subject, if given) and returns it. */
  waitFor(to: string, subject?: string | RegExp): Promise<ParsedMail>;
  close(): Promise<void>;
}

const addressOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [])
    .flatMap((to) => to.value.map((v) => v.address?.toLowerCase() ?? ""))
    .join(",");

export async function openInbox(): Promise<Inbox> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(E2E_SMTP_PORT, "127.0.0.1", resolve);
  });
  const matches = (mail: ParsedMail, to: string, subject?: string | RegExp) =>
    addressOf(mail).includes(to.toLowerCase()) &&
    (subject === undefined ||
      (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject ?? "")));
  return {
    async waitFor(to, subject) {
      // The server's mail worker sends every few seconds; a message that failed while no
      // server listened is retried after its back-off (30 s at first).
      await expect
        .poll(() => received.some((mail) => matches(mail, to, subject)), {
          timeout: 90_000,
          message: `an email to ${to}`,
        })
        .toBe(true);
      return received.find((mail) => matches(mail, to, subject))!;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
