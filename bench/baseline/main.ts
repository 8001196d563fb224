/**
 * The benchmark's baseline page: a bare three.js scene with one lit mesh, nothing else.
 * It marks its first drawn frame the way the app does (`performance.mark` in the animation
 * frame after the one that rendered the mesh, and `data-scene-ready` on <html>), so the
 * harness measures both pages identically and reports app ÷ baseline.
 */
import {
  AmbientLight,
  Color,
  DirectionalLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  TorusKnotGeometry,
  WebGLRenderer,
} from 'three';

const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.background = new Color('#f3f1ee');
const camera = new PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.1, 100);
camera.position.set(0, 0, 6);
scene.add(new AmbientLight(0xffffff, 0.6));
const sun = new DirectionalLight(0xffffff, 1.8);
sun.position.set(2, 3, 4);
scene.add(sun);
scene.add(
  new Mesh(
    new TorusKnotGeometry(0.8, 0.25, 200, 32),
    new MeshStandardMaterial({ color: '#d9a07b' }),
  ),
);

requestAnimationFrame(() => {
  renderer.render(scene, camera);
  requestAnimationFrame(() => {
    // The mesh was drawn in the previous frame.
    performance.mark('baseline:first-frame');
    document.documentElement.dataset.sceneReady = 'true';
  });
});
