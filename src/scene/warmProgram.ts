/**
 * Readies a mesh's shader program before the frame that first draws it: `compileAsync` compiles
 * and links (with the scene's lights, in parallel where the browser can), then the program's
 * first use is run at once, which reads its uniforms and checks the link (three.js does that in
 * the first frame that draws with it, and there it waited ~30–45 ms for the link on SwiftShader).
 * three.js shares programs by cache key, so any material with the same settings finds it ready.
 */
import type { Camera, Material, Mesh, Scene, WebGLRenderer } from 'three';

/** The renderer's per-material record, where three.js keeps the material's current program. */
interface MaterialRecord {
  currentProgram?: { getUniforms(): unknown };
}

export async function warmProgram(
  gl: WebGLRenderer,
  mesh: Mesh,
  camera: Camera,
  scene: Scene,
): Promise<void> {
  await gl.compileAsync(mesh, camera, scene);
  const material = mesh.material as Material;
  (gl.properties.get(material) as MaterialRecord).currentProgram?.getUniforms();
}
