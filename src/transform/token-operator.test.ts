import { describe, expect, it } from 'vitest';
import { createTokenOperator } from './token-operator.js';

describe('token operator', () => {
  it('sends one batch per call to the vault and brackets the tokens', async () => {
    const calls: unknown[] = [];
    const vault = {
      issueTokens: async (input: { tenant: string; callId: string; items: readonly { type: string }[] }) => {
        calls.push(input);
        return input.items.map((item, i) => `${item.type}_${String(i).padStart(8, '0')}`);
      },
    };
    const op = createTokenOperator({ vault, tenant: 'acme', callId: 'call-1' });
    expect(op.name).toBe('token');
    const out = await op.replaceAll(
      [
        { type: 'PERSON', value: 'a' },
        { type: 'EMAIL', value: 'b@example.com' },
      ],
      { operator: 'token' },
    );
    expect(out).toEqual(['[PERSON_00000000]', '[EMAIL_00000001]']);
    expect(calls).toEqual([
      {
        tenant: 'acme',
        callId: 'call-1',
        items: [
          { type: 'PERSON', value: 'a' },
          { type: 'EMAIL', value: 'b@example.com' },
        ],
        onErased: expect.any(Function),
      },
    ]);
  });
});
