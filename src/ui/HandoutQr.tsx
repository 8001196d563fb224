/** A QR code of a link, drawn as SVG squares from `qrcode-generator` (crisp in print, black on white). */
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

export interface HandoutQrProps {
  readonly text: string;
  /** Printed size in millimetres. */
  readonly sizeMm?: number;
}

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

export function HandoutQr({ text, sizeMm = 30 }: HandoutQrProps): React.JSX.Element {
  const { n, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < count; r++)
      for (let c = 0; c < count; c++)
        if (qr.isDark(r, c)) d += `M${c + QUIET} ${r + QUIET}h1v1h-1z`;
    return { n: count + 2 * QUIET, path: d };
  }, [text]);
  return (
    <svg
      className="handout-qr"
      data-testid="handout-qr"
      viewBox={`0 0 ${n} ${n}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
      role="img"
      aria-label="QR code of the link to this pain map"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
