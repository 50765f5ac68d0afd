import type { AppLoadContext as ServerLoadContext } from "../server/request-context.server";

declare module "react-router" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends ServerLoadContext {}
}
