// A real PostgreSQL server for tests: its own data folder in a temporary directory, a free port
// on loopback, no system service. Debian's `postgresql` package provides the binaries (.ci/run
// installs it). PostgreSQL refuses to run as root, so as root the server runs as the `postgres`
// user (or `nobody`) in a folder that user owns.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  /** URL of the server's `postgres` database, as a superuser without a password. */
  url: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  /** The temporary folder holding the data, socket and log. */
  folder: string;
  /** Stops the server and deletes its folder. Safe to call twice. */
  stop(): void;
}

const USER = "coproduce";

/** The folder with initdb and pg_ctl: POSTGRES_BIN, Debian's newest version, else PATH. */
export function postgresBinDir(): string | undefined {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((name) => fs.existsSync(path.join(debian, name, "bin/initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], "bin");
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

/** Who runs the server: ourselves, or as root a user PostgreSQL accepts. */
function serverUser(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    try {
      execFileSync("id", ["-u", name], { stdio: "ignore" });
      return name;
    } catch {
      // Try the next one.
    }
  }
  throw new Error("Running as root, but there is no postgres or nobody user to run PostgreSQL.");
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const tool = (name: string) => (bin ? path.join(bin, name) : name);
  const user = serverUser();
  const run = (command: string, args: string[]) => {
    const [file, fullArgs] = user
      ? ["runuser", ["-u", user, "--", command, ...args]]
      : [command, args];
    execFileSync(file, fullArgs, { stdio: ["ignore", "pipe", "pipe"] });
  };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-postgres-"));
  const data = path.join(dir, "data");
  if (user) execFileSync("chown", [user, dir]);
  let stopped = false;
  let started = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    try {
      if (started) run(tool("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.on("exit", stop);

  try {
    // C.UTF-8 sorts by code point, as SQLite does, so lists come out in the same order.
    run(tool("initdb"), [
      "-D",
      data,
      "-U",
      USER,
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    // A test server: durability off (the folder is deleted anyway), room for many test clients.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        "-c listen_addresses=127.0.0.1",
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=300",
      ].join(" ");
      try {
        run(tool("pg_ctl"), [
          "-D",
          data,
          "-l",
          path.join(dir, "server.log"),
          "-w",
          "-o",
          options,
          "start",
        ]);
        started = true;
        const urlFor = (database: string) => `postgresql://${USER}@127.0.0.1:${port}/${database}`;
        return { url: urlFor("postgres"), urlFor, folder: dir, stop };
      } catch (error) {
        // Another process may have taken the port between our check and the start.
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    const log = path.join(dir, "server.log");
    const detail = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8")}` : "";
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`Could not start a throwaway PostgreSQL: ${String(error)}\n${stderr}${detail}`);
  }
}
