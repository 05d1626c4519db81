import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createDispatcher } from '../../../lib/messages/dispatch';
import { AppFailure, ok, type Result } from '../../../lib/bulletin/result';
import { contentRequestSchemas, backgroundRequestSchemas } from '../../../lib/messages/protocol';
import { createBackgroundDispatcher } from '../../../lib/background/service';

const schemas = { add: v.object({ a: v.number(), b: v.number() }), boom: v.object({}) };
interface Res {
  add: Result<number>;
  boom: Result<never>;
}
const dispatch = createDispatcher<typeof schemas, Res>(schemas, {
  add: async ({ a, b }) => ok(a + b),
  boom: async () => {
    throw new AppFailure('storage_full', 'disk full');
  },
});

describe('message dispatch', () => {
  it('runs the typed handler for a valid message', async () => {
    expect(await dispatch({ bc: 1, type: 'add', payload: { a: 2, b: 3 } })).toEqual({ ok: true, value: 5 });
  });
  it('ignores messages that are not ours (other listeners may answer)', () => {
    expect(dispatch({ type: 'add' })).toBeUndefined();
    expect(dispatch('hello')).toBeUndefined();
    expect(dispatch(null)).toBeUndefined();
  });
  it.each([
    [{ bc: 1, type: 'add', payload: { a: '2', b: 3 } }, 'bad_message'],
    [{ bc: 1, type: 'add', payload: null }, 'bad_message'],
    [{ bc: 1, type: 'constructor', payload: {} }, 'bad_message'],
    [{ bc: 1, type: 'nope', payload: {} }, 'bad_message'],
  ])('rejects %j as %s', async (msg, code) => {
    const res = await dispatch(msg);
    expect(res?.ok).toBe(false);
    expect(res && !res.ok && res.error.code).toBe(code);
  });
  it('turns a thrown failure into a Result', async () => {
    expect(await dispatch({ bc: 1, type: 'boom', payload: {} })).toEqual({ ok: false, error: { code: 'storage_full', detail: 'disk full' } });
  });
  it('the background answers every request type it declares', async () => {
    const bg = createBackgroundDispatcher();
    for (const type of Object.keys(backgroundRequestSchemas)) {
      const res = await bg({ bc: 1, type, payload: {} });
      expect(res, type).toBeDefined();
    }
    expect(Object.keys(contentRequestSchemas)).toContain('extract');
  });
});
