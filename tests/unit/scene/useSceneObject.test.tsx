// @vitest-environment jsdom
/**
 * Scene objects put in without R3F's mount: in the scene while mounted, and a frame asked for only
 * when something drawn comes, goes or changes visibility (R3F's own mount asked for one for any
 * object, so the same picture was drawn again while the app loaded).
 */
import { cleanup, renderHook } from '@testing-library/react';
import { BoxGeometry, BufferGeometry, Mesh, Points, Scene } from 'three';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const r3f = vi.hoisted(() => ({ state: { scene: undefined as unknown, invalidate: () => {} } }));
vi.mock('@react-three/fiber', () => ({
  useThree: <T,>(select: (s: typeof r3f.state) => T): T => select(r3f.state),
}));

const { useSceneObject } = await import('../../../src/scene/useSceneObject');

let scene: Scene;
let invalidate: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  scene = new Scene();
  invalidate = vi.fn<() => void>();
  r3f.state = { scene, invalidate };
});
afterEach(cleanup);

describe('useSceneObject', () => {
  it('adds a hidden object without a frame, and asks for one each time it is shown or hidden', () => {
    const mesh = new Mesh(new BoxGeometry());
    const { rerender, unmount } = renderHook(
      (p: { visible: boolean }) => useSceneObject(mesh, p.visible),
      { initialProps: { visible: false } },
    );
    expect(mesh.parent).toBe(scene);
    expect(mesh.visible).toBe(false);
    expect(invalidate).not.toHaveBeenCalled();
    rerender({ visible: true });
    expect(mesh.visible).toBe(true);
    expect(invalidate).toHaveBeenCalledTimes(1);
    rerender({ visible: true });
    expect(invalidate).toHaveBeenCalledTimes(1);
    rerender({ visible: false });
    expect(invalidate).toHaveBeenCalledTimes(2);
    unmount();
    expect(mesh.parent).toBeNull();
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('asks for a frame when a drawn object comes and when it goes', () => {
    const mesh = new Mesh(new BoxGeometry());
    const { unmount } = renderHook(() => useSceneObject(mesh, true));
    expect(mesh.parent).toBe(scene);
    expect(invalidate).toHaveBeenCalledTimes(1);
    unmount();
    expect(scene.children).toEqual([]);
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('adds a visible object with an empty draw range without a frame (its caller draws it)', () => {
    const geometry = new BufferGeometry();
    geometry.setDrawRange(0, 0);
    const points = new Points(geometry);
    const { unmount } = renderHook(() => useSceneObject(points));
    expect(points.parent).toBe(scene);
    expect(points.visible).toBe(true);
    unmount();
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('swaps one object for the next, and adds nothing while there is none', () => {
    const a = new Mesh(new BoxGeometry());
    const b = new Mesh(new BoxGeometry());
    const { rerender } = renderHook((p: { o?: Mesh }) => useSceneObject(p.o, false), {
      initialProps: {} as { o?: Mesh },
    });
    expect(scene.children).toEqual([]);
    rerender({ o: a });
    expect(scene.children).toEqual([a]);
    rerender({ o: b });
    expect(scene.children).toEqual([b]);
    expect(b.visible).toBe(false);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
