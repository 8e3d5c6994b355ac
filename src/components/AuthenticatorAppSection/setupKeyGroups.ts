/**
 * The setup key as people read it aloud and type it: groups of four characters. Clerk's secret is Base32, which
 * authenticator apps accept with or without spaces, so the copy button copies the key without them.
 */
export function setupKeyGroups(secret: string): string[] {
  const compact = secret.replace(/\s+/g, '').toUpperCase();
  return compact.match(/.{1,4}/g) ?? [];
}
