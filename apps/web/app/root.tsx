import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type LinksFunction,
} from "react-router";
import type { Route } from "./+types/root";
import stylesheet from "./app.css?url";
import { useCspNonce } from "./lib/csp-nonce";
import { usePageScripts } from "./lib/page-scripts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  // Without an icon the browser asks for /favicon.ico, gets a 404 and logs an error.
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useCspNonce();
  const scripts = usePageScripts();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {children}
        {scripts && <ScrollRestoration nonce={nonce} />}
        {scripts && <Scripts nonce={nonce} />}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  let title = "Something went wrong";
  let message = "Sorry, we could not show this page. Please try again in a moment.";
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = "Page not found";
      message = typeof error.data === "string" ? error.data : "We could not find that page.";
    } else if (error.status === 403) {
      title = "You cannot open this page";
      message =
        typeof error.data === "string" ? error.data : "Your role does not allow you to see this.";
    } else if (error.status === 413) {
      title = "This is too large to send";
      message = typeof error.data === "string" ? error.data : "Nothing was saved.";
    } else if (typeof error.data === "string") {
      message = error.data;
    }
  } else if (import.meta.env.DEV && error instanceof Error) {
    message = error.message;
  }
  return (
    <main id="main" className="narrow-page">
      <title>{`${title} – Coproduce`}</title>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}
