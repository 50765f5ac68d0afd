// "Here now": the other people who have this section open, from the provider's awareness states
// (CollaborationPlugin puts each person's name and cursor colour there).
import { useEffect, useState } from "react";
import type { HocuspocusAdapter } from "./hocuspocus-adapter";

interface Person {
  key: string;
  name: string;
  color: string;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word ?? "")[0]?.toUpperCase() ?? "").join("") || "?";
}

function readPeople(adapter: HocuspocusAdapter): Person[] {
  const own = adapter.doc.clientID;
  const people = new Map<string, Person>();
  for (const [clientId, state] of adapter.awareness.getStates()) {
    if (clientId === own || !state) continue;
    const name = typeof state.name === "string" ? state.name.trim() : "";
    if (!name) continue;
    const color = typeof state.color === "string" ? state.color : "#4c6272";
    // The same person in two tabs appears once.
    if (!people.has(name)) people.set(name, { key: String(clientId), name, color });
  }
  return Array.from(people.values()).sort((a, b) => a.name.localeCompare(b.name));
}

export function Presence({ adapter }: { adapter: HocuspocusAdapter | null }) {
  const [people, setPeople] = useState<Person[]>([]);

  useEffect(() => {
    if (!adapter) return;
    let last = "";
    const update = () => {
      const next = readPeople(adapter);
      const signature = next.map((p) => `${p.key}:${p.name}:${p.color}`).join("|");
      if (signature !== last) {
        last = signature;
        setPeople(next);
      }
    };
    update();
    adapter.awareness.on("update", update);
    return () => adapter.awareness.off("update", update);
  }, [adapter]);

  return (
    <div className="editor-presence">
      <span className="editor-presence-label" id="editor-presence-label">
        Here now:
      </span>{" "}
      {people.length === 0 ? (
        <span className="meta">only you</span>
      ) : (
        <ul className="editor-presence-list" aria-labelledby="editor-presence-label">
          {people.map((person) => (
            <li key={person.key} className="editor-person">
              <span
                className="editor-avatar"
                style={{ borderColor: person.color, backgroundColor: person.color }}
                aria-hidden="true"
              >
                {initials(person.name)}
              </span>
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
