// The real mail transport: nodemailer over SMTP, from a URL such as
// smtps://user:password@mail.example.org:465 or smtp://mail.example.org:587 (STARTTLS).
import nodemailer from "nodemailer";
import type { MailTransport } from "./delivery.js";

export function smtpTransport(url: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail(email);
    },
    close: () => transporter.close(),
  };
}

/** The mail server's host, for the start-up line; never the password in the URL. */
export function smtpHost(url: string): string {
  return new URL(url).host;
}
