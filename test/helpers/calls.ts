/** Ledger rows for tests: a call of tenant acme with the storage keys of its id. */
import type { NewCall } from '../../src/calls/ledger.js';
import { callStorageKeys } from '../../src/storage/uploads.js';

export const newCall = (id: string, over: Partial<NewCall> = {}): NewCall => ({
  callId: id,
  tenant: 'acme',
  ownerKeyId: 'key_1',
  lane: 'interactive',
  callbackUrl: null,
  ...callStorageKeys(id),
  ...over,
});
