// The only public face of @coproduce/api.
export { appRouter, createCaller, type AppRouter, type Caller } from "./router.js";
export {
  createContext,
  type Context,
  type CreateContextOptions,
  type DocumentContent,
} from "./context.js";
export {
  recordAutomaticVersionIfDue,
  AUTOMATIC_VERSION_INTERVAL_MS,
} from "./services/section-versions.js";
export { SESSION_COOKIE } from "./services/sessions.js";
export { GUEST_COOKIE } from "./services/academy/guest-access.js";
export { joinQrSvg } from "./services/academy/join-qr.js";
export type { LiveState } from "./services/academy/live-state.js";
export { PERMISSIONS, roleCan, type Permission } from "./permissions.js";
export { hashPassword } from "./services/passwords.js";
export { documentAccess, type DocumentAccess } from "./policies/document-access.js";
export { findSessionUser } from "./services/sessions.js";
export {
  yDocCommentAnchors,
  unavailableCommentAnchors,
  type CommentAnchors,
} from "./services/comment-anchors.js";
export { findGuest } from "./services/academy/guest-access.js";
export { authorTagFor, boardAccess, boardStateOf } from "./services/academy/board-access.js";
export { boardUpdateRefusal } from "./services/academy/board-rules.js";
export { boardFromState, mirrorBoard, seedBoard } from "./services/academy/board-mirror.js";
export { sessionIdOfBoard } from "./services/academy/board-document.js";
export {
  deliverDueMessages,
  startMailWorker,
  type MailTransport,
} from "./services/mail/delivery.js";
export { smtpHost, smtpTransport } from "./services/mail/smtp-transport.js";
export {
  boardDocumentName,
  parseDocumentName,
  sectionDocumentName,
  type DocumentName,
} from "./live-documents/document-names.js";
