/**
 * Small vector helpers for the body generators. All positions are in metres in the
 * body frame (origin on the floor midway between the heels, +Y up, +X to the body's
 * left, +Z anterior).
 */
import type { Vec3 } from '../domain/primitives.ts';

export type { Vec3 };

/** A vector from one function per axis (0 = x, 1 = y, 2 = z), called in that order. */
export const vec3 = (f: (axis: 0 | 1 | 2) => number): Vec3 => [f(0), f(1), f(2)];
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b));
export const norm = (a: Vec3): Vec3 => {
  const l = len(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
/** Linear interpolation a + (b - a)·t. */
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
/** a + u·s (a point moved by s metres along u). */
export const along = (a: Vec3, u: Vec3, s: number): Vec3 => [
  a[0] + u[0] * s,
  a[1] + u[1] * s,
  a[2] + u[2] * s,
];
/** Mirror a point of the left half (+X) to the right half. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

/** Rotate vector v about unit axis k by angle (radians), Rodrigues' formula. */
export function rotate(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const kv = cross(k, v);
  const kd = dot(k, v) * (1 - c);
  return [
    v[0] * c + kv[0] * s + k[0] * kd,
    v[1] * c + kv[1] * s + k[1] * kd,
    v[2] * c + kv[2] * s + k[2] * kd,
  ];
}

export const deg = (d: number): number => (d * Math.PI) / 180;
export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
};
