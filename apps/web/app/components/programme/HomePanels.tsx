// "What needs you": the panels of the programme home, each a heading and a short list (or a
// calm sentence when nothing waits). The API decides which panels a person gets.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";

type HomePanelView = CallerOutputs["home"]["panels"][number];

export function HomePanels({ panels }: { panels: HomePanelView[] }) {
  return (
    <section aria-labelledby="needs-you" className="home-panels">
      <h2 id="needs-you">What needs you</h2>
      <div className="home-panel-grid">
        {panels.map((panel) => (
          <section
            key={panel.key}
            className="card home-panel"
            aria-labelledby={`panel-${panel.key}`}
            data-testid={`panel-${panel.key}`}
          >
            <h3 id={`panel-${panel.key}`}>
              {panel.title}
              {panel.total ? <span className="count-badge">{panel.total}</span> : null}
            </h3>
            {panel.items.length === 0 ? (
              <p className="meta">{panel.empty}</p>
            ) : (
              <ul className="plain-list home-panel-items">
                {panel.items.map((item) => (
                  <li key={item.id} className={item.urgent ? "home-item urgent" : "home-item"}>
                    <Link to={item.link}>{item.text}</Link>
                    {item.detail && <span className="meta">{item.detail}</span>}
                  </li>
                ))}
              </ul>
            )}
            {panel.more && (
              <p className="home-panel-more">
                <Link to={panel.more.link}>{panel.more.text}</Link>
              </p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
