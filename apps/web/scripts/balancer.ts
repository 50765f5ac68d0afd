// The balancer alone, in front of app processes started some other way (the cluster e2e test
// starts them itself): BALANCER_PORT=3000 BALANCER_BACKENDS=127.0.0.1:3001,127.0.0.1:3002
// BALANCER_STATUS=on also answers /__balancer/websockets (open websockets per process).
import { parseBackends, startBalancer } from "../server/cluster/balancer.server.js";

const port = Number(process.env.BALANCER_PORT ?? 3000);
const backends = parseBackends(process.env.BALANCER_BACKENDS ?? "");
if (backends.length === 0) {
  console.error("BALANCER_BACKENDS must list host:port of each app process.");
  process.exit(1);
}
const balancer = await startBalancer({
  port,
  host: process.env.HOST ?? "127.0.0.1",
  backends,
  statusPath: process.env.BALANCER_STATUS === "on" ? "/__balancer/websockets" : undefined,
});
console.log(`Balancer on ${port} for ${backends.map((b) => `${b.host}:${b.port}`).join(", ")}`);
const stop = () => void balancer.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
