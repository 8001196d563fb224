import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { triggerPointKey } from '../../../src/domain/triggerPointKey';
import { useAtlasStore } from '../../../src/state/store';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
const s = () => useAtlasStore.getState();
const regions = () => s().drawing.map((m) => m.region);

beforeEach(() => {
  useAtlasStore.setState(initial, true);
  s().init(realAtlas(), DEFAULT_URL_STATE, []);
});

describe('store', () => {
  it('replaces the notices of the previous link instead of piling them up', () => {
    s().init(realAtlas(), DEFAULT_URL_STATE, ['first link: one problem']);
    s().init(realAtlas(), DEFAULT_URL_STATE, ['second link: one problem']);
    s().init(realAtlas(), DEFAULT_URL_STATE, ['second link: one problem']);
    expect(s().notices).toEqual(['second link: one problem']);
  });

  it('a link with another body shape withdraws the scene-ready signal, one with the same keeps it', () => {
    s().setSceneReady(true);
    s().init(realAtlas(), { ...DEFAULT_URL_STATE, view: 'back' }, []);
    expect(s().sceneReady).toBe(true);
    const other = DEFAULT_URL_STATE.body === 'female' ? 'male' : 'female';
    s().init(realAtlas(), { ...DEFAULT_URL_STATE, body: other }, []);
    expect(s().body).toBe(other);
    expect(s().sceneReady).toBe(false);
  });

  it('toggles regions and re-ranks on every change', () => {
    s().toggleRegion(r('l-temple'));
    expect(s().ranking.candidates.length).toBeGreaterThan(0);
    s().toggleRegion(r('l-temple'));
    expect(regions()).toEqual([]);
    expect(s().ranking.candidates).toEqual([]);
  });

  it('undoes and redoes drawing changes', () => {
    s().toggleRegion(r('l-temple'));
    s().toggleRegion(r('r-temple'));
    s().undo();
    expect(regions()).toEqual(['l-temple']);
    s().redo();
    expect(regions()).toEqual(['l-temple', 'r-temple']);
    s().clearDrawing();
    s().undo();
    expect(regions()).toEqual(['l-temple', 'r-temple']);
  });

  it('records one history step per brush stroke and erases with the erase tool', () => {
    s().setTool('brush');
    s().paintRegions([r('l-temple')], true);
    s().paintRegions([r('l-forehead'), r('l-temple')], false);
    s().paintRegions([r('l-eye')], false);
    expect(regions()).toEqual(['l-temple', 'l-forehead', 'l-eye']);
    s().undo();
    expect(regions()).toEqual([]);
    s().redo();
    s().setTool('erase');
    s().paintRegions([r('l-forehead')], true);
    expect(regions()).toEqual(['l-temple', 'l-eye']);
  });

  it('opens a condition with its drawing and selects the top candidate', () => {
    const c = realAtlas().conditions[0];
    if (!c) throw new Error('no conditions');
    s().openCondition(c.id);
    expect(regions()).toEqual(c.drawing.map((d) => d.region));
    expect(s().muscle).toBe(s().ranking.candidates[0]?.muscle);
  });

  it('switches the shown side, keeping the chosen trigger point', () => {
    s().selectMuscle(
      realAtlas().muscles[0]?.id,
      triggerPointKey('right', realAtlas().muscles[0]?.triggerPointIds[0] ?? ''),
    );
    expect(s().side).toBe('right');
    s().setSide('left');
    expect(s().triggerPoint).toBe(`l:${realAtlas().muscles[0]?.triggerPointIds[0] ?? ''}`);
  });

  it('choosing a muscle ends the hover of the candidate list its card covers', () => {
    const muscle = realAtlas().muscles[0]?.id;
    if (!muscle) throw new Error('no muscle');
    s().setHoverCandidate({ muscle, side: 'left' });
    s().selectMuscle(undefined);
    expect(s().hoverCandidate).toEqual({ muscle, side: 'left' }); // no card: the list stays
    s().selectMuscle(muscle);
    expect(s().panel).toBe('card');
    expect(s().hoverCandidate).toBeUndefined();
  });

  it('keeps the brush size within 1–12 cm', () => {
    s().setBrushRadius(5);
    expect(s().brushRadius).toBe(0.12);
    s().setBrushRadius(0);
    expect(s().brushRadius).toBe(0.01);
  });
});

describe('selecting a muscle without a trigger point', () => {
  it('shows the side where it explains the drawing', () => {
    s().setDrawing([{ region: r('r-buttock-centre') }, { region: r('r-thigh-back-middle') }]);
    s().selectMuscle(realAtlas().muscleById.get('gluteus-minimus' as never)?.id);
    expect(s().side).toBe('right');
  });

  it('frames a link’s muscle unless the link carries its own camera; a user’s step cancels it', () => {
    const m = realAtlas().muscleById.get('levator-scapulae' as never)?.id;
    const cam = { position: [0, 1.5, 2] as const, target: [0, 1.4, 0] as const };
    s().init(realAtlas(), { ...DEFAULT_URL_STATE, muscle: m }, []);
    expect(s().framePending).toBe(true);
    s().init(realAtlas(), { ...DEFAULT_URL_STATE, muscle: m, camera: cam }, []);
    expect(s().framePending, 'a camera of its own wins').toBe(false);
    s().init(realAtlas(), DEFAULT_URL_STATE, []);
    expect(s().framePending, 'nothing chosen, nothing to frame').toBe(false);
    const cancels: [string, () => void][] = [
      ['a view preset', () => s().setView('head')],
      ['whole body', () => s().showWholeBody()],
      ['another choice', () => s().selectMuscle(undefined)],
      ['an orbit', () => s().setCamera(cam)],
    ];
    for (const [what, step] of cancels) {
      s().init(realAtlas(), { ...DEFAULT_URL_STATE, muscle: m }, []);
      step();
      expect(s().framePending, what).toBe(false);
    }
  });
});

describe('a view opened before the dataset', () => {
  const cam = { position: [0.4, 1.5, 2] as const, target: [0, 1.4, 0] as const };

  it('lets the 3D view draw the link’s view, then keeps it, and the user’s changes, with the dataset', () => {
    useAtlasStore.setState(initial, true);
    expect(s().viewOpen).toBe(false);
    s().openView({ view: 'back', mode: 'clinician', body: 'male', layer: 'deep', isolate: true });
    expect(s().atlas).toBeUndefined();
    expect(s()).toMatchObject({ viewOpen: true, view: 'back', body: 'male', layer: 'deep' });
    expect(s().isolate).toBe(true);
    const request = s().viewRequest;
    // The user orbits before the dataset is there; the link, read again whole, says the same view.
    s().setCamera(cam);
    const link = { ...DEFAULT_URL_STATE, view: 'back', mode: 'clinician', body: 'male' } as const;
    s().init(realAtlas(), { ...link, layer: 'deep' }, ['a notice'], { keepView: true });
    expect(s().atlas).toBe(realAtlas());
    expect(s()).toMatchObject({ view: 'back', mode: 'clinician', body: 'male', layer: 'deep' });
    expect(s().camera, 'the orbit is kept').toEqual(cam);
    expect(s().viewRequest, 'the camera is not sent back to the preset').toBe(request);
    expect(s().notices).toEqual(['a notice']);
  });

  it('without keepView, a link’s view replaces the store’s and re-frames the camera', () => {
    const request = s().viewRequest;
    s().setCamera(cam);
    s().init(realAtlas(), { ...DEFAULT_URL_STATE, view: 'feet' }, []);
    expect(s()).toMatchObject({ view: 'feet', viewOpen: true, camera: undefined });
    expect(s().viewRequest).toBe(request + 1);
  });

  it('keeps the scene-ready signal through the dataset’s arrival (same body)', () => {
    useAtlasStore.setState(initial, true);
    s().openView({ ...DEFAULT_URL_STATE });
    s().setSceneReady(true);
    s().init(realAtlas(), DEFAULT_URL_STATE, [], { keepView: true });
    expect(s().sceneReady).toBe(true);
  });
});
