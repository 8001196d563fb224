/**
 * Per-muscle shape hints keyed by muscle id: attachment lines re-expressed as landmark blends with
 * offsets, via lines, sizes and depths. Offsets are metres for a 1.756 m body, on the LEFT side
 * (+X lateral, +Y up, +Z anterior). Muscles without an entry use their dataset attachments and
 * the defaults of their shape and layer.
 */
import type { MuscleHint } from './types.ts';

export const MUSCLE_HINTS: Readonly<Record<string, MuscleHint>> = {};
