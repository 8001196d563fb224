/**
 * The classic trigger-point ✕: a dark cross with a light outline, as a small texture for the
 * marker points. Its pixels are computed directly (distance to the two diagonals, with round
 * ends and a one-pixel anti-aliased edge): drawing it with a 2D canvas cost 80–250 ms of the main
 * thread on a software-rendered browser, as the first 2D canvas of the page starts up.
 */
import {
  DataTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  RGBAFormat,
  SRGBColorSpace,
  UnsignedByteType,
} from 'three';

/** Distance (px) from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Light outline and dark core (sRGB 0–255) and their opacity. */
const OUTLINE = { value: 255, alpha: 0.95 } as const;
const CORE = { value: 17, alpha: 1 } as const;

/**
 * RGBA pixels (straight alpha, sRGB, row-major, `sizePx`²) of the ✕: arms from 20 % to 80 % of
 * the side, the outline 22 % and the core 11 % of the side wide.
 */
export function crossPixels(sizePx = 64): Uint8Array {
  const s = sizePx;
  const m = s * 0.2;
  const out = new Uint8Array(s * s * 4);
  const cover = (d: number, width: number): number => Math.max(0, Math.min(1, width / 2 + 0.5 - d));
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const d = Math.min(
        segmentDistance(px, py, m, m, s - m, s - m),
        segmentDistance(px, py, s - m, m, m, s - m),
      );
      const a1 = OUTLINE.alpha * cover(d, s * 0.22);
      const a2 = CORE.alpha * cover(d, s * 0.11);
      // The core over the outline ("source over"), in straight alpha.
      const alpha = a2 + a1 * (1 - a2);
      const value = alpha > 0 ? (CORE.value * a2 + OUTLINE.value * a1 * (1 - a2)) / alpha : 0;
      const i = 4 * (y * s + x);
      out[i] = out[i + 1] = out[i + 2] = Math.round(value);
      out[i + 3] = Math.round(255 * alpha);
    }
  }
  return out;
}

/** The ✕ as a texture (mipmapped, sRGB); dispose it with the material that uses it. */
export function createCrossTexture(sizePx = 64): DataTexture {
  const t = new DataTexture(crossPixels(sizePx), sizePx, sizePx, RGBAFormat, UnsignedByteType);
  t.colorSpace = SRGBColorSpace;
  t.magFilter = LinearFilter;
  t.minFilter = LinearMipmapLinearFilter;
  t.generateMipmaps = true;
  t.needsUpdate = true;
  return t;
}
