/**
 * The kit's few icons, drawn inline (no icon font, no network): decorative, so hidden from assistive technology;
 * the control that holds one carries the name. They take the text colour and scale with the font size.
 */

const svgProps = {
  'aria-hidden': true,
  focusable: false,
  width: '1em',
  height: '1em',
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
} as const;

/** A plus, before "Add phone number". */
export function PlusIcon() {
  return (
    <svg {...svgProps}>
      <path d="M8 3v10M3 8h10" />
    </svg>
  );
}

/** Three dots in a row ("more"), on a row's actions menu button. */
export function MoreIcon() {
  return (
    <svg {...svgProps} fill="currentColor" stroke="none">
      <circle cx="3" cy="8" r="1.5" />
      <circle cx="8" cy="8" r="1.5" />
      <circle cx="13" cy="8" r="1.5" />
    </svg>
  );
}
