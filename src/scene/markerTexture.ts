/** The classic trigger-point ✕, drawn once into a small canvas texture. */
import { CanvasTexture, SRGBColorSpace } from 'three';

export function createCrossTexture(sizePx = 64): CanvasTexture | undefined {
  if (typeof document === 'undefined') return undefined;
  const c = document.createElement('canvas');
  c.width = c.height = sizePx;
  const g = c.getContext('2d');
  if (!g) return undefined;
  const m = sizePx * 0.2;
  const stroke = (color: string, width: number): void => {
    g.strokeStyle = color;
    g.lineWidth = width;
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(m, m);
    g.lineTo(sizePx - m, sizePx - m);
    g.moveTo(sizePx - m, m);
    g.lineTo(m, sizePx - m);
    g.stroke();
  };
  stroke('rgba(255,255,255,0.95)', sizePx * 0.22);
  stroke('#111111', sizePx * 0.11);
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  return t;
}
