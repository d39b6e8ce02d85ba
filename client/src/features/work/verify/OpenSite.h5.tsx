import type { VerifyPlace } from '@shared/workflow/verify';

/** H5: the site as a normal link, opened in a new tab. */
export function OpenSite({ place }: { place: VerifyPlace }) {
  return (
    <a
      className="verify-place__link"
      href={place.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`打开${place.name}网站 ${place.site}`}
    >
      {`打开 ${place.site}`}
    </a>
  );
}
