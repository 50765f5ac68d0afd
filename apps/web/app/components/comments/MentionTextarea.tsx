// A comment box with an @ picker: typing "@" and part of a name lists matching programme
// members; choosing one writes "@Name" and remembers who was mentioned (sent as `mentions`).
// Matches come from the server as someone types (`peopleUrl?q=`), a few at a time.
// Keyboard: the box is an ARIA combobox and the matches a listbox (WAI-ARIA APG "combobox with
// list autocomplete"): Down and Up move through the people, Enter or Tab mentions the one
// highlighted, Escape closes the list and leaves the text as typed. Focus stays in the box.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useFetcher } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { countOf } from "@coproduce/shared/count-of";

type Mentionable = CallerOutputs["members"]["mentionable"][number];

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
  const [active, setActive] = useState(0);
  /** The query whose list Escape closed: it stays closed until the text changes. */
  const [dismissed, setDismissed] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const people = useFetcher<{ query: string; people: Mentionable[] }>();
  const { load } = people;
  useEffect(() => {
    if (query !== null) void load(`${peopleUrl}?q=${encodeURIComponent(query)}`);
  }, [query, peopleUrl, load]);
  // Only the answer to what is typed now: an older answer may arrive late.
  const matches =
    query !== null && query !== dismissed && people.data?.query === query ? people.data.people : [];
  const open = matches.length > 0;
  const highlighted = open ? Math.min(active, matches.length - 1) : -1;
  const listId = `${id}-people`;
  const optionId = (index: number) => `${id}-person-${index}`;

  function onChange(text: string, caret: number) {
    setValue(text);
    const match = MENTION_QUERY.exec(text.slice(0, caret));
    setQuery(match ? match[2]! : null);
    setDismissed(null);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((highlighted + step + matches.length) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(matches[highlighted]!);
    } else if (event.key === "Escape") {
      // Only the list closes, not whatever holds the box (a dialog, the comments panel).
      event.preventDefault();
      event.stopPropagation();
      setDismissed(query);
    }
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
        Type @ and a name to mention someone in the programme. Choose with the arrow keys and Enter.
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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(highlighted) : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        className="mention-picker"
        aria-label="People you can mention"
        hidden={!open}
      >
        {matches.map((person, index) => (
          <li
            key={person.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === highlighted}
            className={index === highlighted ? "mention-option active" : "mention-option"}
            // Keep focus in the box: a click chooses without moving it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(person)}
          >
            {person.name}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open
          ? `${countOf(matches.length, "person", "people")} to mention. Use the up and down arrows, then Enter.`
          : ""}
      </p>
      {stillMentioned.map((person) => (
        <input key={person.id} type="hidden" name="mentions" value={person.id} />
      ))}
    </div>
  );
}
