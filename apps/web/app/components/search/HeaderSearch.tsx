// The search box in the header of programme pages: a plain GET form to the search page, so it
// works without JavaScript; "/" focuses it (SearchShortcut).
import { Form } from "react-router";
import { SEARCH_INPUT_ID, SearchShortcut } from "./SearchShortcut";

export function HeaderSearch({ programmeSlug }: { programmeSlug: string }) {
  return (
    <Form
      method="get"
      action={`/p/${programmeSlug}/search`}
      role="search"
      className="header-search"
    >
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search this programme (shortcut: /)
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        placeholder="Search (press /)"
        aria-keyshortcuts="/"
        maxLength={200}
      />
      <button type="submit" className="header-search-button">
        Search
      </button>
      <SearchShortcut />
    </Form>
  );
}
