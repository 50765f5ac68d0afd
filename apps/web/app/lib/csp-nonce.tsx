// The Content Security Policy nonce of this response (server/security-headers.server.ts), for
// the inline scripts React Router writes into the page. Server render only: browsers hide a
// nonce from the page once it has loaded, and hydration does not need it.
import { createContext, useContext } from "react";

export const CspNonceContext = createContext<string | undefined>(undefined);

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}
