// Within one request, each live document is read once: the section page asks for the same
// text for its suggestions and for "does the draft differ from the release?", and each read of
// a document nobody has open replays its log (three statements and every update since the
// last snapshot). A change forgets what was read, so the request then sees its own change;
// so does any mutation (`reads` is the context's `documentReads`, cleared with its other
// memories in trpc.ts).
import type { DocumentContent } from "@coproduce/collab";

export type DocumentReads = Map<string, Promise<Uint8Array | null>>;

export function readingEachOnce(documents: DocumentContent, reads: DocumentReads): DocumentContent {
  return {
    read(documentName) {
      let read = reads.get(documentName);
      if (!read) {
        read = documents.read(documentName);
        reads.set(documentName, read);
        // A failed read is not remembered: the next asks again.
        read.catch(() => reads.delete(documentName));
      }
      return read;
    },
    async change(documentName, userId, makeUpdate) {
      reads.clear();
      try {
        return await documents.change(documentName, userId, makeUpdate);
      } finally {
        reads.clear();
      }
    },
    signal: (documentName, payload) => documents.signal(documentName, payload),
  };
}
