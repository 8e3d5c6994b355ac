/**
 * Saves text as a file through a temporary link. The link is always removed and the object URL always revoked,
 * even when the click throws (the error is rethrown so the caller can say the file was not saved).
 */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  try {
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    // Some browsers only download through links that are in the document.
    document.body.append(link);
    link.click();
  } finally {
    link.remove();
    // Some browsers read the blob after click() returns; revoking on the next task lets them finish first.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
