/** Shape hints of the foot muscles (left side; see `specs.ts`): dorsum and the plantar layers. */
import { B, L } from './specPoints.ts';
import type { Vec3 } from '../math.ts';
import type { MuscleHint } from './types.ts';

const DOWN: Vec3 = [0, -1, 0];

export const FOOT_HINTS: Readonly<Record<string, MuscleHint>> = {
  'flexor-digitorum-brevis': {
    origin: [L('heel-plantar', 0, 0.012, 0.03)],
    insertion: [B('mt1-head', 'mt5-head', 0.4, 0, 0, 0)],
    thickness: 0.012,
    width: 0.026,
    tendon: [0.08, 0.25],
    facing: DOWN,
  },
  'abductor-hallucis': {
    origin: [L('heel-plantar', -0.02, 0.015, 0.02)],
    insertion: [L('mt1-head', -0.012, 0, -0.02)],
    thickness: 0.015,
    width: 0.02,
    facing: [-1, -0.5, 0],
  },
  'abductor-digiti-minimi-foot': {
    origin: [L('heel-plantar', 0.02, 0.012, 0.02)],
    insertion: [L('mt5-head', 0.005, 0, -0.01)],
    thickness: 0.012,
    width: 0.016,
    facing: [1, -0.5, 0],
  },
  'quadratus-plantae': {
    origin: [L('heel-plantar', -0.01, 0.02, 0.03), L('heel-plantar', 0.015, 0.02, 0.03)],
    insertion: [B('heel-plantar', 'mt1-head', 0.45, 0.015, 0.015, 0)],
    depth: 0.005,
    facing: DOWN,
  },
  'flexor-hallucis-brevis': {
    origin: [B('navicular', 'mt5-base', 0.4, 0, -0.02, 0)],
    insertion: [L('mt1-head')],
    follow: 'shell',
    depth: 0.012,
    facing: DOWN,
  },
  'adductor-hallucis': {
    origin: [B('mt1-head', 'mt5-base', 0.6, 0, 0, -0.02)],
    insertion: [L('mt1-head', 0.01, 0, 0.005)],
    follow: 'shell',
    depth: 0.012,
    facing: DOWN,
  },
  'foot-interossei': {
    origin: [L('mt5-base', -0.01, 0, 0), L('navicular', 0.02, 0, 0.01)],
    insertion: [L('mt1-head', 0.015, 0, 0), L('mt5-head', -0.01, 0, 0)],
    follow: 'shell',
    depth: 0.014,
    thickness: 0.007,
    facing: DOWN,
  },
  'extensor-digitorum-brevis': {
    origin: [B('lateral-malleolus', 'mt5-base', 0.3, 0, -0.01, 0)],
    insertion: [L('toe2-tip', 0, 0.005, -0.04)],
    thickness: 0.01,
    width: 0.024,
  },
  'extensor-hallucis-brevis': {
    origin: [B('lateral-malleolus', 'mt5-base', 0.3, -0.01, -0.01, 0.01)],
    insertion: [L('mt1-head', 0.005, 0.01, 0)],
  },
};
