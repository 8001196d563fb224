// @vitest-environment jsdom
/** Stable handlers: the same functions on every render, each calling the latest handler passed in. */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStableHandlers } from '../../../src/scene/useStableHandlers';

afterEach(cleanup);

describe('useStableHandlers', () => {
  it('keeps the identity of every handler across renders and calls the latest one', () => {
    const calls: string[] = [];
    const make = (tag: string) => ({
      onClick: (x: number) => calls.push(`${tag} click ${x}`),
      onPointerOut: () => calls.push(`${tag} out`),
    });
    const { result, rerender } = renderHook(
      (props: { tag: string }) => useStableHandlers(make(props.tag)),
      {
        initialProps: { tag: 'first' },
      },
    );
    const first = result.current;
    first.onClick(1);
    rerender({ tag: 'second' });
    expect(result.current).toBe(first);
    expect(result.current.onClick).toBe(first.onClick);
    expect(result.current.onPointerOut).toBe(first.onPointerOut);
    first.onClick(2);
    first.onPointerOut();
    expect(calls).toEqual(['first click 1', 'second click 2', 'second out']);
  });

  it('passes the handler its result', () => {
    const { result } = renderHook(() => useStableHandlers({ onClick: (x: number) => x * 2 }));
    expect(result.current.onClick(21)).toBe(42);
  });
});
