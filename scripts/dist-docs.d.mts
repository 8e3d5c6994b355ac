/** A public component as the docs check needs it (see dist-docs.mjs). */
export interface DocumentedComponent {
  /** Its name in the entry, e.g. `AddPhoneNumber`. */
  name: string;
  /** Its registry key, e.g. `addPhoneNumber`. */
  key: string;
  /** Its block class, e.g. `pnk-add-phone-number`. */
  block: string;
  /** Its registry's part names. */
  parts: string[];
}
/** Problems with the docs of `components` as exported by the declaration file `entry` (empty when all are fine). */
export function componentDocProblems(entry: string, components: DocumentedComponent[]): string[];
