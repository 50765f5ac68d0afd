// The signed-in frame: header with programme switcher and account menu, and the section nav.
import { Form, Link, NavLink } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { HeaderSearch } from "./search/HeaderSearch";

interface AppShellProps {
  programme: CallerOutputs["programmes"]["get"];
  programmes: CallerOutputs["programmes"]["mine"];
  user: { name: string; email: string };
  /** Unread notifications (mentions), shown as a count beside the account menu. */
  unreadNotifications: number;
  children: React.ReactNode;
}

const NAV_ITEMS = [
  { to: "", label: "Overview", end: true },
  { to: "toolbox", label: "Toolbox" },
  { to: "delivery-models", label: "Delivery models" },
  { to: "academy", label: "Change Academy" },
  { to: "feedback", label: "Feedback" },
  { to: "people", label: "People" },
  { to: "decisions", label: "Decisions" },
];

export function AppShell({
  programme,
  programmes,
  user,
  unreadNotifications,
  children,
}: AppShellProps) {
  const base = `/p/${programme.slug}`;
  return (
    <div className="shell">
      <header className="site-header">
        <Link to={base} className="brand">
          Coproduce
        </Link>
        <HeaderSearch programmeSlug={programme.slug} />
        <details className="menu programme-switcher">
          <summary>
            <span className="visually-hidden">Programme: </span>
            {programme.name}
          </summary>
          <ul className="menu-list">
            {programmes.map((p) => (
              <li key={p.slug}>
                <Link
                  to={`/p/${p.slug}`}
                  aria-current={p.slug === programme.slug ? "page" : undefined}
                >
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </details>
        <Link to="/notifications" className="notifications-link">
          Notifications
          {unreadNotifications > 0 && (
            <span className="count-badge">
              {unreadNotifications}
              <span className="visually-hidden"> unread</span>
            </span>
          )}
        </Link>
        <details className="menu account-menu">
          <summary>
            <span className="visually-hidden">Account menu for </span>
            {user.name}
          </summary>
          <div className="menu-list">
            <p className="meta">{user.email}</p>
            <Link to="/account">Your account</Link>
            <Form method="post" action="/sign-out">
              <button type="submit" className="link-button">
                Sign out
              </button>
            </Form>
          </div>
        </details>
      </header>
      <div className="shell-body">
        <nav className="side-nav" aria-label="Programme">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.label}>
                <NavLink to={item.to ? `${base}/${item.to}` : base} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content">
          {children}
        </main>
      </div>
    </div>
  );
}
