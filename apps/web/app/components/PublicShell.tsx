// The frame of pages anyone can read without signing in: the published Toolbox and feedback.
import { Link } from "react-router";

interface PublicShellProps {
  /** Where the header's title leads, e.g. the Toolbox contents. */
  home: { to: string; label: string };
  children: React.ReactNode;
}

export function PublicShell({ home, children }: PublicShellProps) {
  return (
    <>
      <header className="site-header public-header">
        <Link to={home.to} className="brand">
          {home.label}
        </Link>
        <Link to="/sign-in">Sign in to take part</Link>
      </header>
      <main id="main" className="public-page">
        {children}
      </main>
      <footer className="public-footer">
        <p>
          Published with Coproduce, a shared workspace for co-producing integrated care with the
          people who use it.
        </p>
      </footer>
    </>
  );
}
