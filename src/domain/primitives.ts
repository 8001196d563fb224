/**
 * The two small types every layer shares, defined once here (the lowest layer): a 3D vector and
 * the body shape.
 */

/**
 * A point or direction, metres unless stated. In the body frame: origin on the floor midway
 * between the heels, +Y up, +X the body's left, +Z anterior. Read-only: make a new one rather
 * than writing into it.
 */
export type Vec3 = readonly [number, number, number];

/** The generated body shapes, in the order the app lists them. */
export const BODY_SHAPES = ['female', 'male'] as const;
export type BodyShape = (typeof BODY_SHAPES)[number];
