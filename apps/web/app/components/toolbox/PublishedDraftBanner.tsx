// Tells editors when the draft they are editing is not what the public reads.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { toolboxPath } from "../../lib/public-toolbox";

interface PublishedDraftBannerProps {
  /** Null when nothing has been published yet. */
  published: CallerOutputs["publishing"]["sectionStatus"];
  slug: string;
}

export function PublishedDraftBanner({ published, slug }: PublishedDraftBannerProps) {
  if (!published || !published.differs) return null;
  return (
    <p className="notice notice-warning" data-testid="published-draft-banner">
      {published.included ? (
        <>
          This draft is different from the text published in release {published.version}. Readers of{" "}
          <Link to={toolboxPath(slug)}>the public Toolbox</Link> see the published text until the
          next release.
        </>
      ) : (
        <>
          This section is not in the published Toolbox (release {published.version}). Only agreed
          sections are published.
        </>
      )}
    </p>
  );
}
