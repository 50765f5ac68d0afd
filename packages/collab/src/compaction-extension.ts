// When compaction runs: in the background when a document is unloaded (its log is complete
// for now), and while it is open whenever its log grows past the threshold (see Compactor).
import type { Extension, afterUnloadDocumentPayload } from "@hocuspocus/server";
import type { Compactor } from "./compaction.js";

export class CompactionExtension implements Extension {
  readonly extensionName = "Compaction";

  constructor(private readonly compactor: Compactor) {}

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.compactor.forget(documentName);
    void this.compactor.schedule(documentName);
  }
}
