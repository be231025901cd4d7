import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createForgetting } from '../forgetting.js';

test('locking makes every registered screen forget, once each', () => {
  const forgetting = createForgetting();
  const calls = [];
  forgetting.register(() => calls.push('journal'));
  forgetting.register(() => calls.push('insights'));
  forgetting.forgetAll();
  assert.deepEqual(calls, ['journal', 'insights']);
  forgetting.forgetAll();
  assert.deepEqual(calls, ['journal', 'insights', 'journal', 'insights'], 'every lock, not only the first');
});

test('a screen that fails to forget does not stop the others', () => {
  const forgetting = createForgetting();
  let insightsForgot = false;
  forgetting.register(() => { throw new Error('broken'); });
  forgetting.register(() => { insightsForgot = true; });
  const failures = forgetting.forgetAll();
  assert.equal(insightsForgot, true);
  assert.deepEqual(failures.map((e) => e.message), ['broken']);
});

test('an unregistered screen is left alone', () => {
  const forgetting = createForgetting();
  let called = false;
  const unregister = forgetting.register(() => { called = true; });
  unregister();
  forgetting.forgetAll();
  assert.equal(called, false);
});

test('an answer asked for before the lock may not be shown after it', () => {
  const forgetting = createForgetting();
  const askedBefore = forgetting.whileOpen();
  assert.equal(askedBefore(), true, 'nothing locked yet');
  forgetting.forgetAll();
  assert.equal(askedBefore(), false, 'the journal locked while the answer was on its way');
  const askedAfter = forgetting.whileOpen();
  assert.equal(askedAfter(), true, 'asked after the lock: the screen shows what the journal says now');
});
