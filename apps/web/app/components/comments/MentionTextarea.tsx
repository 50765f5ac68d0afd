// A comment box with an @ picker: typing "@" and part of a name lists matching programme
// members; choosing one writes "@Name" and remembers who was mentioned (sent as `mentions`).
// Matches come from the server as someone types (`peopleUrl?q=`), a few at a time.
import { useEffect, useId, useRef, useState } from "react";
import { useFetcher } from "react-router";

export interface Mentionable {
  id: string;
  name: string;
}

const MENTION_QUERY = /(^|\s)@([^\s@]*(?: [^\s@]+)?)$/u;

export function MentionTextarea({
  label,
  name,
  peopleUrl,
  error,
}: {
  label: string;
  name: string;
  /** Where to ask for matching people: answers `{ query, people }` for `?q=`. */
  peopleUrl: string;
  error?: string;
}) {
  const id = useId();
  const [value, setValue] = useState("");
  const [query, setQuery] = useState<string | null>(null);
  const [mentioned, setMentioned] = useState<Mentionable[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const people = useFetcher<{ query: string; people: Mentionable[] }>();
  const { load } = people;
  useEffect(() => {
    if (query !== null) void load(`${peopleUrl}?q=${encodeURIComponent(query)}`);
  }, [query, peopleUrl, load]);
  // Only the answer to what is typed now: an older answer may arrive late.
  const matches = query !== null && people.data?.query === query ? people.data.people : [];

  function onChange(text: string, caret: number) {
    setValue(text);
    const match = MENTION_QUERY.exec(text.slice(0, caret));
    setQuery(match ? match[2]! : null);
  }

  function choose(person: Mentionable) {
    const element = textarea.current;
    const caret = element?.selectionStart ?? value.length;
    const before = value.slice(0, caret).replace(/@[^@]*$/u, `@${person.name} `);
    const next = before + value.slice(caret);
    setValue(next);
    setQuery(null);
    setMentioned((current) =>
      current.some((p) => p.id === person.id) ? current : [...current, person],
    );
    element?.focus();
    requestAnimationFrame(() => element?.setSelectionRange(before.length, before.length));
  }

  // Only people whose "@Name" is still in the text count as mentioned.
  const stillMentioned = mentioned.filter((person) => value.includes(`@${person.name}`));
  return (
    <div className={error ? "field field-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        Type @ and a name to mention someone in the programme.
      </p>
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        ref={textarea}
        id={id}
        name={name}
        rows={3}
        maxLength={2000}
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value, event.target.selectionStart)}
      />
      {matches.length > 0 && (
        <ul className="mention-picker" aria-label="People you can mention">
          {matches.map((person) => (
            <li key={person.id}>
              <button type="button" className="link-button" onClick={() => choose(person)}>
                Mention {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {stillMentioned.map((person) => (
        <input key={person.id} type="hidden" name="mentions" value={person.id} />
      ))}
    </div>
  );
}
