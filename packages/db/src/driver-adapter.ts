// The shapes of Prisma's SQLite driver adapter, and the one way we wrap its connections: every
// connection the factory opens is passed through a wrapper (counting statements, taking turns
// to write) before Prisma sees it.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
export type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;
export type SqlDriverAdapterFactory = Pick<PrismaBetterSQLite3, "connect">;

/** The same adapter factory; each connection it opens is `wrap`ped first. */
export function wrappingConnections<F extends SqlDriverAdapterFactory>(
  factory: F,
  wrap: (connection: SqlDriverAdapter) => SqlDriverAdapter,
): F {
  return new Proxy(factory, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === "connect" && typeof value === "function") {
        return async () => wrap(await (value as () => Promise<SqlDriverAdapter>).apply(target));
      }
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}
