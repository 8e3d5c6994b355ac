/**
 * Writes text to the clipboard. Resolves `false` instead of throwing when the Clipboard API is missing (an
 * insecure origin, an old browser) or the browser refuses (permission denied, document not focused), so the
 * caller can show its fallback message.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
