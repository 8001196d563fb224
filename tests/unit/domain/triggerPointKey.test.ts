/** The sided trigger-point key: built, read and switched to the other side in one place. */
import { describe, expect, it } from 'vitest';
import { asTriggerPointId } from '../../../src/domain/ids';
import {
  keyOnSide,
  keySide,
  keyTriggerPoint,
  parseTriggerPointKey,
  triggerPointKey,
} from '../../../src/domain/triggerPointKey';
import { realAtlas } from '../helpers';

describe('sided trigger-point key', () => {
  it('writes the side letter, a colon and the id', () => {
    expect(triggerPointKey('left', 'upper-trapezius-1')).toBe('l:upper-trapezius-1');
    expect(triggerPointKey('right', asTriggerPointId('soleus-2'))).toBe('r:soleus-2');
  });

  it('reads back the side and the id, and switches side keeping the id', () => {
    const k = triggerPointKey('right', 'pectoralis-major-arrhythmia');
    expect(keySide(k)).toBe('right');
    expect(keyTriggerPoint(k)).toBe('pectoralis-major-arrhythmia');
    expect(keyOnSide(k, 'left')).toBe('l:pectoralis-major-arrhythmia');
    expect(keyOnSide(k, 'right')).toBe(k);
  });

  it('parses only well-formed keys', () => {
    expect(parseTriggerPointKey('l:infraspinatus-1')).toEqual({
      side: 'left',
      id: 'infraspinatus-1',
    });
    expect(parseTriggerPointKey('r:a:b')).toEqual({ side: 'right', id: 'a:b' });
    for (const bad of ['', 'l:', 'x:infraspinatus-1', 'infraspinatus-1', 'L:infraspinatus-1', ':a'])
      expect(parseTriggerPointKey(bad), bad).toBeUndefined();
  });

  it('names every sided trigger point of the atlas uniquely and round-trips it', () => {
    const all = realAtlas().sidedTriggerPoints;
    expect(new Set(all.map((t) => t.key)).size).toBe(all.length);
    for (const t of all) {
      expect(t.key).toBe(triggerPointKey(t.side, t.id));
      expect(parseTriggerPointKey(t.key)).toEqual({ side: t.side, id: t.id });
    }
  });
});
