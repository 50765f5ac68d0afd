// One writer at a time for each SQLite file in this process, waited for without blocking.
//
// The server opens several connections to one file (pages, the live-documents door, the durable
// log). SQLite lets one connection write at a time, and better-sqlite3 waits for its turn
// *synchronously* (busy_timeout): a write sent while another connection of this process holds a
// transaction open across an `await` stopped the whole process, so that transaction could never
// reach its COMMIT; after 5 s the write failed with SQLITE_BUSY. Here every transaction, and
// every statement that may write outside one, takes the file's turn first, in order, without
// blocking the event loop. Reads (a SELECT outside a transaction) never wait: in WAL mode
// SQLite lets them run beside a writer. A write sent on a connection outside that connection's
// own open transaction waits for it too.
import path from "node:path";
import {
  wrappingConnections,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type Transaction,
} from "./driver-adapter.js";

/** How long a writer waits for its turn before giving up with a clear error. */
export const WRITER_WAIT_MS = 10_000;

/** The turns to write one file: first come, first served. */
class WriterTurns {
  private taken = false;
  private readonly waiting: (() => void)[] = [];

  /** Resolves with `release` once it is this caller's turn; rejects after `waitMs`. */
  take(waitMs: number): Promise<() => void> {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.taken = false;
    };
    if (!this.taken) {
      this.taken = true;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(start), 1);
        reject(
          new Error(
            `Waited ${waitMs} ms for another write to this database to finish. ` +
              "Is a transaction waiting for a write outside it?",
          ),
        );
      }, waitMs);
      this.waiting.push(start);
    });
  }
}

const turnsByFile = new Map<string, WriterTurns>();

function turnsFor(file: string): WriterTurns {
  const key = path.resolve(file);
  let turns = turnsByFile.get(key);
  if (!turns) {
    turns = new WriterTurns();
    turnsByFile.set(key, turns);
  }
  return turns;
}

/** A statement that only reads, so it may run beside a writer (WAL). */
function onlyReads(sql: string): boolean {
  return /^\s*select\b/i.test(sql);
}

function takingTurns(adapter: SqlDriverAdapter, turns: WriterTurns, waitMs: number) {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const call = (args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, args);
      const inTurn = async (args: unknown[]) => {
        const release = await turns.take(waitMs);
        try {
          return await call(args);
        } finally {
          release();
        }
      };
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) =>
          onlyReads((args[0] as { sql: string }).sql) ? call(args) : inTurn(args);
      }
      if (property === "executeScript") return (...args: unknown[]) => inTurn(args);
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const release = await turns.take(waitMs);
          try {
            return holdingTurn((await call(args)) as Transaction, release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/** The transaction, giving the turn back when it commits or rolls back. */
function holdingTurn(transaction: Transaction, release: () => void): Transaction {
  return new Proxy(transaction, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "commit" || property === "rollback") {
        return async (...args: unknown[]) => {
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            release();
          }
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/** The same adapter factory; its connections to `file` write one at a time in this process. */
export function oneWriterAtATime<F extends SqlDriverAdapterFactory>(
  factory: F,
  file: string,
  waitMs: number = WRITER_WAIT_MS,
): F {
  const turns = turnsFor(file);
  return wrappingConnections(factory, (connection) => takingTurns(connection, turns, waitMs));
}
