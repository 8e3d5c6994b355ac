/**
 * The `appearance` object: plain, JSON-serializable data a tenant can store with its settings and hand to the
 * kit (on `PhoneNumberKitAppearance` and on any component). Nothing in it is code, so it is safe to load from a
 * database; values become CSS custom properties through the CSSOM (React's `style`), never through `<style>`.
 */

/** Built-in colour schemes. `auto` follows the user's `prefers-color-scheme`. */
export type AppearanceTheme = 'light' | 'dark' | 'auto';

/** Design tokens a tenant usually changes. Each becomes one `--pnk-*` custom property on the component root. */
export interface AppearanceVariables {
  /** Buttons, links, focus ring, selected controls. `--pnk-color-primary`. */
  colorPrimary?: string;
  /** Text drawn on `colorPrimary` (primary buttons). `--pnk-color-primary-text`. */
  colorPrimaryText?: string;
  /** Body text. `--pnk-color-text`. */
  colorText?: string;
  /** Hints and secondary text. `--pnk-color-text-muted`. */
  colorTextMuted?: string;
  /** Component background (inputs, cards, menus). `--pnk-color-background`. */
  colorBackground?: string;
  /** Raised or tinted areas (badges, panels, skeletons). `--pnk-color-surface`. */
  colorSurface?: string;
  /** Borders of inputs, cards and secondary buttons. `--pnk-color-border`. */
  colorBorder?: string;
  /** Errors and destructive actions. `--pnk-color-danger`. */
  colorDanger?: string;
  /** Text drawn on `colorDanger` (destructive buttons). `--pnk-color-danger-text`. */
  colorDangerText?: string;
  /** Success messages and "on" states. `--pnk-color-success`. */
  colorSuccess?: string;
  /** Focus ring; defaults to `colorPrimary`. `--pnk-color-focus`. */
  colorFocus?: string;
  /** `--pnk-font-family`. */
  fontFamily?: string;
  /** Codes and digits. `--pnk-font-family-mono`. */
  fontFamilyMono?: string;
  /** Base size, e.g. `'1rem'`. `--pnk-font-size`. */
  fontSize?: string;
  /** Corner radius of buttons, inputs and cards, e.g. `'0'` or `'12px'`. `--pnk-radius`. */
  borderRadius?: string;
  /** The spacing unit every gap and padding is a multiple of, e.g. `'0.5rem'`. `--pnk-space-unit`. */
  spacing?: string;
  /** Scales every gap and padding: compact 0.75×, comfortable 1.25× (default 1×). `data-density` on the root. */
  density?: 'compact' | 'comfortable';
}

/**
 * How the kit looks. Every field is optional; component-level objects are merged over the provider's. `TPart` is the
 * set of `elements` keys: the theme knows no component, so the components layer narrows it to its part keys.
 */
export interface Appearance<TPart extends string = string> {
  /** Default `light`. */
  theme?: AppearanceTheme;
  variables?: AppearanceVariables;
  /** Extra host class names per named part, e.g. `{ 'addPhoneNumber.input': 'rounded-lg border-2' }` (Tailwind works). */
  elements?: Partial<Record<TPart, string>>;
  /**
   * Structure, classes and `data-*` state attributes only: none of the kit's look applies (the root carries
   * `pnk-unstyled` instead of `pnk`, and every kit rule requires a `.pnk` root). Only behaviour-bearing rules stay:
   * visually hidden live regions and the backup codes' print layout.
   */
  unstyled?: boolean;
}

/** Which custom property each variable sets. */
const VARIABLE_PROPERTIES = {
  colorPrimary: '--pnk-color-primary',
  colorPrimaryText: '--pnk-color-primary-text',
  colorText: '--pnk-color-text',
  colorTextMuted: '--pnk-color-text-muted',
  colorBackground: '--pnk-color-background',
  colorSurface: '--pnk-color-surface',
  colorBorder: '--pnk-color-border',
  colorDanger: '--pnk-color-danger',
  colorDangerText: '--pnk-color-danger-text',
  colorSuccess: '--pnk-color-success',
  colorFocus: '--pnk-color-focus',
  fontFamily: '--pnk-font-family',
  fontFamilyMono: '--pnk-font-family-mono',
  fontSize: '--pnk-font-size',
  borderRadius: '--pnk-radius',
  spacing: '--pnk-space-unit',
} as const satisfies Record<Exclude<keyof AppearanceVariables, 'density'>, `--pnk-${string}`>;

/** `override` over `base`: scalars replace, `variables` and `elements` merge key by key. */
export function mergeAppearance<TPart extends string>(base: Appearance<TPart> | undefined, override: Appearance<TPart> | undefined): Appearance<TPart> {
  if (!override) return base ?? {};
  if (!base) return override;
  return {
    ...base,
    ...override,
    variables: { ...base.variables, ...override.variables },
    elements: { ...base.elements, ...override.elements },
  };
}

/**
 * The custom properties for the root's `style`. Only string values pass: a stored theme is data, and anything
 * else (objects, functions) would be a mistake we should not render.
 */
export function appearanceStyle(variables: AppearanceVariables | undefined): Record<string, string> | undefined {
  if (!variables) return undefined;
  const style: Record<string, string> = {};
  for (const [name, property] of Object.entries(VARIABLE_PROPERTIES)) {
    const value = variables[name as keyof typeof VARIABLE_PROPERTIES];
    if (typeof value === 'string' && value.trim() !== '') style[property] = value;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}
