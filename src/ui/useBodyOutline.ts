/**
 * Loads the flat outline of a body shape (fetched only where it is shown; `undefined` fetches
 * nothing) and checks its region list.
 */
import { useEffect, useState } from 'react';
import type { BodyOutline } from '../body/asset/outline';
import { regionListHash } from '../body/asset/regionHash';
import type { BodyShape } from '../domain/urlState';
import { generatedUrl } from '../state/assetUrls';
import { useAtlasStore } from '../state/store';

export function useBodyOutline(shape: BodyShape | undefined): {
  outline?: BodyOutline;
  error?: string;
} {
  const atlas = useAtlasStore((s) => s.atlas);
  const [state, setState] = useState<{ shape: BodyShape; outline?: BodyOutline; error?: string }>();
  useEffect(() => {
    if (!atlas || !shape) return;
    let live = true;
    const expected = regionListHash(atlas.regions.map((r) => r.id));
    const file = `outline-${shape}.json`;
    Promise.resolve()
      .then(() => fetch(generatedUrl(file)))
      .then((res) => {
        if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
        return res.json() as Promise<BodyOutline>;
      })
      .then((outline) => {
        if (outline.regionsHash !== expected)
          throw new Error(`${file} was built for another list of regions; reload the page`);
        if (live) setState({ shape, outline });
      })
      .catch(
        (e: unknown) =>
          live && setState({ shape, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [atlas, shape]);
  return shape && state?.shape === shape ? { outline: state.outline, error: state.error } : {};
}
