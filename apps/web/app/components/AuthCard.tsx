// The simple centred page used by sign in, sign up and the other account pages.
import { Link } from "react-router";

export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <header className="site-header site-header-simple">
        <Link to="/" className="brand">
          Coproduce
        </Link>
      </header>
      <main id="main" className="narrow-page">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
