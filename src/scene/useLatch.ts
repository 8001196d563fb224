/** A boolean that stays true once it has been true (the late scene parts, the muscles in the scene). */
import { useState } from 'react';

/** False until `value` is first true, then true for good (state derived while rendering). */
export function useLatch(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  if (value && !latched) setLatched(true);
  return latched || value;
}
