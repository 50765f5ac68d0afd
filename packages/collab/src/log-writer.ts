// Group commit for the durable log. The first update is written at once; updates that arrive
// while a write is in flight wait for it and are then written together, in one INSERT of many
// rows (one statement, so all of them are committed or none). Each sender is answered only when
// the statement holding its update has committed, so an acknowledged update is still never lost.
//
// Why: with 50 people typing in one section, one statement per keystroke was the server's limit.
// Prisma spends about 1.1 ms of CPU on each `create`, whatever it writes (docs/performance.md).
// The INSERT is written by hand (SQL that SQLite and PostgreSQL share) rather than with
// `createMany`, which Prisma wraps in a transaction: with the better-sqlite3 adapter, statements
// others send meanwhile would run inside it (see document-store.ts), and one statement on its
// own needs none (decision 0021).
import { Prisma, type Db } from "@coproduce/db";
import { toBytes } from "./document-store.js";

interface WaitingUpdate {
  row: {
    documentName: string;
    update: Uint8Array<ArrayBuffer>;
    userId: string | null;
    createdAt: Date;
  };
  committed(): void;
  failed(error: unknown): void;
}

/** Rows in one statement: well under SQLite's 999 bound values (four a row). */
const MAX_ROWS = 200;
/** Bytes in one statement; a single larger update is still written, alone. */
const MAX_BYTES = 8 * 1024 * 1024;

export class LogWriter {
  private waiting: WaitingUpdate[] = [];
  private writing = false;

  constructor(private readonly db: Db) {}

  /** Resolves once SQLite (or PostgreSQL) has committed the update. */
  append(documentName: string, update: Uint8Array, userId: string | null): Promise<void> {
    return new Promise((committed, failed) => {
      this.waiting.push({
        row: { documentName, update: toBytes(update), userId, createdAt: new Date() },
        committed,
        failed,
      });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.takeBatch();
        try {
          await this.insert(batch.map((waiting) => waiting.row));
        } catch (error) {
          // Nobody in this batch is told it is saved: each connection refuses its message and
          // the browser sends the change again when it reconnects.
          for (const waiting of batch) waiting.failed(error);
          continue;
        }
        for (const waiting of batch) waiting.committed();
      }
    } finally {
      this.writing = false;
    }
  }

  /** One statement; rows get ascending ids in the order given. */
  private async insert(rows: WaitingUpdate["row"][]): Promise<void> {
    const values = rows.map(
      (row) => Prisma.sql`(${row.documentName}, ${row.update}, ${row.userId}, ${row.createdAt})`,
    );
    await this.db.$executeRaw`
      INSERT INTO "CollabUpdate" ("documentName", "update", "userId", "createdAt")
      VALUES ${Prisma.join(values)}`;
  }

  /** The oldest waiting updates, in arrival order, within one statement's limits. */
  private takeBatch(): WaitingUpdate[] {
    let count = 0;
    let bytes = 0;
    while (count < this.waiting.length && count < MAX_ROWS) {
      const size = this.waiting[count]!.row.update.byteLength;
      if (count > 0 && bytes + size > MAX_BYTES) break;
      bytes += size;
      count++;
    }
    return this.waiting.splice(0, count);
  }
}
