'use client';
/**
 * The `otpauth://` URI drawn as a QR code, here, as inline SVG: the secret never leaves the page (no image from a
 * QR service). `uqr` is statically imported, but this module is reached only through the enrollment step's
 * `import()`, so the library loads when enrollment starts.
 */
import { useMemo } from 'react';
import { encode } from 'uqr';
import { useParts } from '../parts/useParts.ts';
import { qrPath } from './qrPath.ts';

/** The quiet zone the QR specification asks for, in modules. */
const QUIET_ZONE = 4;

export function QrCode({ uri, label }: { uri: string; label: string }) {
  const part = useParts('authenticatorAppSection');
  // Error correction M: a phone camera at an angle or a smudged screen still reads it; an otpauth URI stays small.
  const { size, path } = useMemo(() => {
    const qr = encode(uri, { ecc: 'M', border: QUIET_ZONE });
    return { size: qr.size, path: qrPath(qr.data) };
  }, [uri]);
  return (
    <svg className={part('qrCode')} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <path className={part('qrModules')} d={path} />
    </svg>
  );
}
