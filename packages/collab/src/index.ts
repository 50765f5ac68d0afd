// The only public face of @coproduce/collab.
export {
  createCollabServer,
  type CollabServer,
  type CollabServerOptions,
} from "./create-collab-server.js";
export type { CollabUser, CollabAccess } from "./authorization-extension.js";
export type { UpdateRule } from "./validation-extension.js";
export { loadDocumentState } from "./document-store.js";
export { compactDocument, type CompactionResult } from "./compaction.js";
export {
  DEFAULT_MAX_CLIENTS_PER_DOCUMENT,
  DEFAULT_MAX_MESSAGE_BYTES,
} from "./connection-limits-extension.js";
export { CloseCode } from "./errors.js";
export {
  createLiveDocumentContent,
  createStoredDocumentContent,
  type DocumentContent,
} from "./document-content.js";
export { inProcessValues, type SharedValues } from "./shared-values.js";
export { quietlyReconnecting, type ScaleOutOptions } from "./scale-out.js";
