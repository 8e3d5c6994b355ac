/**
 * The dark modules of a QR matrix as one SVG path: each horizontal run of dark modules one rectangle, in module
 * units (the `<svg>`'s viewBox is the matrix size). One `<path>` keeps the DOM small (a version-5 code has ~1,000
 * dark modules) and needs no inline style, so it draws under a strict CSP.
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}
