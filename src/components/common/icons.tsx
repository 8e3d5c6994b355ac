/**
 * The kit's few icons, drawn inline (no icon font, no network): decorative, so hidden from assistive technology;
 * the control that holds one carries the name. They take the text colour and scale with the font size.
 */

/** One stroked icon on a 16-unit grid: round caps, so a zero-length segment draws a dot. */
function StrokeIcon({ d, width }: { d: string; width: number }) {
  return (
    <svg aria-hidden width="1em" height="1em" viewBox="0 0 16 16" stroke="currentColor" strokeWidth={width} strokeLinecap="round">
      <path d={d} />
    </svg>
  );
}

/** A plus, before "Add phone number". */
export const PlusIcon = () => <StrokeIcon d="M8 3v10M3 8h10" width={1.75} />;

/** Three dots in a row ("more"), on a row's actions menu button. */
export const MoreIcon = () => <StrokeIcon d="M3 8h0M8 8h0M13 8h0" width={3} />;
