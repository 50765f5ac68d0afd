// Tells readers of an older release that a newer one exists.
import { Link } from "react-router";
import { toolboxPath } from "../../lib/public-toolbox";

interface ReleaseNoteProps {
  /** Takes any release that knows the latest, so that the release and section pages share it. */
  release: { version: string; isLatest: boolean; latestVersion: string | null };
  slug: string;
}

export function ReleaseNote({ release, slug }: ReleaseNoteProps) {
  if (release.isLatest) return null;
  return (
    <p className="notice notice-warning">
      You are reading release {release.version}, an older release.{" "}
      <Link to={toolboxPath(slug)}>Read the latest release ({release.latestVersion})</Link>.
    </p>
  );
}
