// Counts the SQL statements Prisma sends to the database, for the benchmark's "queries per
// request" (apps/web/server/bench-metrics.server.ts reads it). The count wraps the driver
// adapter, so every statement is counted once, whichever model call or transaction sent it;
// it costs one increment per statement, so it is always on.
import {
  wrappingConnections,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type Transaction,
} from "./driver-adapter.js";

let statements = 0;
let transactions = 0;

/** Statements sent by every client of this process since it started. */
export function queriesSoFar(): number {
  return statements;
}

/**
 * Transactions opened by every client of this process since it started (Prisma opens one for
 * many writes of its own, `updateMany` and `upsert` among them). For tests of code that must
 * open none: the durable log's connection (see @coproduce/collab's document-store.ts).
 */
export function transactionsSoFar(): number {
  return transactions;
}

function counted<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          statements++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          transactions++;
          return counted(
            await (value as (...a: unknown[]) => Promise<Transaction>).apply(target, args),
          );
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/** The same adapter factory, with every statement its connections run counted. */
export function countingQueries<F extends SqlDriverAdapterFactory>(factory: F): F {
  return wrappingConnections(factory, counted);
}
