/**
 * Survives a lost WebGL context (a phone tab in the background, a driver reset): lets the browser
 * restore it (the lost event's default is prevented), reports the outage so the page can say so,
 * and redraws at once on restore. three.js re-uploads every geometry, texture and shader itself,
 * and the store still holds the marks, selection and layer, so the picture comes back as it was
 * without any user input (the canvas renders on demand, so it must be asked to).
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

export interface ContextLossGuardProps {
  /** Called with true when the context is lost, false once it is restored. */
  readonly onChange: (lost: boolean) => void;
}

export function ContextLossGuard({ onChange }: ContextLossGuardProps): null {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (e: Event): void => {
      e.preventDefault();
      onChange(true);
    };
    const restored = (): void => {
      onChange(false);
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, onChange]);
  return null;
}
