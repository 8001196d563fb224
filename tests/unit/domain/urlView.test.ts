/** The view fields of a link, read before the dataset has loaded (boot draws the body first). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  decodeUrlView,
  linkNamesData,
} from '../../../src/domain/urlState';
import { realAtlas } from '../helpers';

const VIEW_KEYS = ['view', 'mode', 'body', 'layer', 'isolate', 'camera'] as const;

const HASHES = [
  '',
  '#',
  '#v=back&body=male&layer=deep&mode=clinician',
  '#v=feet&iso=1&cam=0.1,1.2,3.4,0,1,0',
  '#v=sideways&body=giant&layer=bones',
  '#cam=not-a-camera&v=head',
  '#body=male&body=female',
  '#%E0%A4%A&v=left',
  'v=right&layer=xray',
  '#d=l-temple&m=upper-trapezius&tp=l:upper-trapezius-1&v=back&body=male',
];

describe('decodeUrlView', () => {
  it('reads the same view as the whole decode, for clean, damaged and data-naming links', () => {
    const atlas = realAtlas();
    for (const hash of HASHES) {
      const whole = decodeUrlState(hash, atlas).state;
      const view = decodeUrlView(hash);
      for (const key of VIEW_KEYS) expect(view[key], `${hash} › ${key}`).toEqual(whole[key]);
    }
  });

  it('falls back to the defaults where a field cannot be read', () => {
    expect(decodeUrlView('#v=sideways&body=giant&layer=bones&mode=god')).toEqual({
      view: DEFAULT_URL_STATE.view,
      mode: DEFAULT_URL_STATE.mode,
      body: DEFAULT_URL_STATE.body,
      layer: DEFAULT_URL_STATE.layer,
      isolate: undefined,
      camera: undefined,
    });
    expect(decodeUrlView('#body=male').body).toBe('male');
  });
});

describe('linkNamesData', () => {
  it('is true only for links that mark areas or name a muscle or a trigger point', () => {
    expect(linkNamesData('')).toBe(false);
    expect(linkNamesData('#v=back&body=male&layer=deep&iso=1')).toBe(false);
    expect(linkNamesData('#unknown=1&v=back')).toBe(false);
    expect(linkNamesData('#d=l-temple')).toBe(true);
    expect(linkNamesData('#v=back&m=upper-trapezius')).toBe(true);
    // A trigger point without its muscle is dropped with a notice, which needs the dataset too.
    expect(linkNamesData('#tp=l:upper-trapezius-1')).toBe(true);
    expect(linkNamesData('d=l-temple')).toBe(true);
    // Only a field's name counts, not a value that happens to contain one.
    expect(linkNamesData('#v=d=1')).toBe(false);
  });
});
