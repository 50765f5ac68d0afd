// The only public face of @coproduce/api: the router and its context, the live-documents door,
// who a cookie belongs to, mail delivery, and a few helpers pages use.
export {
  appRouter,
  createCaller,
  type AppRouter,
  type Caller,
  type CallerOutputs,
  type RouterInputs,
  type RouterOutputs,
} from "./router.js";
export {
  createContext,
  type Context,
  type CreateContextOptions,
  type DocumentContent,
} from "./context.js";
export {
  openLiveDocumentDoor,
  type LiveDocumentDoor,
  type LiveDocumentDoorOptions,
} from "./live-documents/door.js";
export { SESSION_COOKIE, findSessionUser } from "./services/sessions.js";
export { GUEST_COOKIE, findGuest } from "./services/academy/guest-access.js";
export { joinQrSvg } from "./services/academy/join-qr.js";
// Vocabularies of procedure inputs that pages offer as choices (checked with oneOf there).
export { MOVE_DIRECTIONS } from "./services/section-tree.js";
export { SESSION_TEMPLATE_KEYS } from "./services/academy/agenda.js";
export { CSV_KINDS, CSV_KIND_LABELS, csvTemplate } from "./services/delivery/csv.js";
export { DATE_FORMATS_TEXT, IMPORT_COLUMNS } from "./services/delivery/import-columns.js";
export type { LiveState } from "./services/academy/live-state.js";
export { hashPassword } from "./services/passwords.js";
export { startMailWorker, type MailTransport } from "./services/mail/delivery.js";
export { smtpHost, smtpTransport } from "./services/mail/smtp-transport.js";
