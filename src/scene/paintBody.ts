/**
 * The body's first frame drawn with three.js alone, before the app's code (React, React Three
 * Fiber, the page's controls) has loaded: on a slow machine that code takes longer to compile and
 * run than the body takes to draw. The 3D view then adopts what this made: the canvas and its
 * WebGL context (`state/browser.ts`), the renderer with its compiled skin program
 * ({@link takeFirstRenderer}) and the body's geometry on the GPU (`bodyGeometry.ts`), and draws
 * the same picture: same lights (`lightRig.ts`), camera pose (`viewPresets.ts`), projection above
 * the phone's bottom sheet (`viewInsetMath.ts`), tone mapping and colour space (R3F's defaults).
 * Three.js only: no React here.
 */
import {
  ACESFilmicToneMapping,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  WebGLRenderer,
} from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { GL_ATTRIBUTES } from '../state/browser';
import type { ViewPreset } from '../domain/urlState';
import { firstPaintGeometry } from './bodyGeometry';
import { lightRig } from './lightRig';
import { createRegionTexture, regionSlots } from './regionTexture';
import type { SceneTheme } from './sceneTheme';
import { createSkinMaterial } from './skinMaterial';
import { cameraPose, VIEW_CAMERA } from './viewPresets';
import { projectAboveInset } from './viewInsetMath';

export interface FirstPaintInput {
  /** The 3D view's canvas, with its WebGL 2 context already made and sized (device px). */
  readonly canvas: HTMLCanvasElement;
  /** The canvas's box in CSS px. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel of the drawing buffer. */
  readonly pixelRatio: number;
  readonly asset: BodyAsset;
  readonly view: ViewPreset;
  readonly theme: SceneTheme;
  /** CSS px of the canvas's bottom covered by the phone's bottom sheet (0 elsewhere). */
  readonly sheetInset: number;
}

/** The first paint's renderer, until the 3D view takes it. */
let firstRenderer: WebGLRenderer | undefined;
/** Frees the first paint's own material and overlay texture, once the 3D view has drawn. */
let releaseOwn: (() => void) | undefined;

/** A camera framing the view preset above the sheet, as PresetCamera and ViewInset set it. */
function presetCamera(input: FirstPaintInput): PerspectiveCamera {
  const { width: w, height: h, asset } = input;
  const camera = new PerspectiveCamera(VIEW_CAMERA.fov, w / h, VIEW_CAMERA.near, VIEW_CAMERA.far);
  const pose = cameraPose(input.view, {
    stature: asset.stature,
    landmarks: asset.landmarks,
    fov: VIEW_CAMERA.fov,
    aspect: w / h,
  });
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);
  projectAboveInset(camera, w, h, input.sheetInset);
  return camera;
}

/** The lit scene with the bare skin (no marked areas: a first visit has none). */
function skinScene(input: FirstPaintInput): { scene: Scene; release: () => void } {
  const scene = new Scene();
  scene.background = new Color(input.theme.background);
  const rig = lightRig(input.theme);
  const { sky, ground, intensity } = rig.hemisphere;
  scene.add(new HemisphereLight(sky, ground, intensity));
  for (const d of rig.directional) {
    const light = new DirectionalLight(d.color, d.intensity);
    light.position.set(...d.position);
    scene.add(light);
  }
  const texture = createRegionTexture(regionSlots(input.asset.regionIndex));
  const material = createSkinMaterial({ regionTexture: texture });
  scene.add(new Mesh(firstPaintGeometry(input.asset), material));
  return { scene, release: () => (material.dispose(), texture.dispose()) };
}

/** Draws the body once into the canvas (synchronously); the 3D view adopts the renderer. */
export function paintBody(input: FirstPaintInput): void {
  // The context already exists (made by the WebGL test with these attributes); three.js reads
  // the same ones, so nothing differs from the renderer the 3D view would have made.
  const renderer = new WebGLRenderer({ canvas: input.canvas, ...GL_ATTRIBUTES });
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.setPixelRatio(input.pixelRatio);
  renderer.setSize(input.width, input.height, false);
  const { scene, release } = skinScene(input);
  renderer.render(scene, presetCamera(input));
  firstRenderer = renderer;
  releaseOwn = release;
}

/**
 * The first paint's renderer, handed out once to the 3D view drawing into the same canvas
 * (undefined when there was none, or it drew into another canvas).
 */
export function takeFirstRenderer(canvas: HTMLCanvasElement): WebGLRenderer | undefined {
  if (firstRenderer?.domElement !== canvas) return undefined;
  const r = firstRenderer;
  firstRenderer = undefined;
  return r;
}

/** Frees what only the first paint used; call once the 3D view has drawn its own frame. */
export function releaseFirstPaint(): void {
  releaseOwn?.();
  releaseOwn = undefined;
}
