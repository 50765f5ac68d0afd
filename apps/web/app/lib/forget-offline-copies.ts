import { useEffect } from "react";
import { parseDocumentName } from "@coproduce/shared/document-names";

/**
 * Deletes this browser's offline copies of live sections (kept in IndexedDB by the editor).
 * Called on signed-out pages, so the next person on a shared computer cannot read them.
 */
export function useForgetOfflineCopies() {
  useEffect(() => {
    if (typeof indexedDB === "undefined" || !indexedDB.databases) return;
    void indexedDB.databases().then((databases) => {
      for (const { name } of databases) {
        if (name && parseDocumentName(name)?.kind === "section") indexedDB.deleteDatabase(name);
      }
    });
  }, []);
}
