// The delivery models area: its own sub-navigation and styles, inside the programme layout.
import { NavLink, Outlet } from "react-router";
import type { Route } from "./+types/layout";
import styles from "../../../delivery-models.css?url";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const TABS = [
  { to: "", label: "Partnerships", end: true },
  { to: "matrix", label: "Adoption matrix" },
  { to: "milestones", label: "Milestones" },
  { to: "benefits", label: "Benefits" },
  { to: "readiness", label: "Readiness" },
  { to: "places", label: "Places" },
  { to: "data", label: "Import and export" },
];

export default function DeliveryLayout({ params }: Route.ComponentProps) {
  const base = `/p/${params.slug}/delivery-models`;
  return (
    <>
      <nav className="sub-nav" aria-label="Delivery models">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.label}>
              <NavLink to={tab.to ? `${base}/${tab.to}` : base} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
