/**
 * The reversible `token` operator: `[PERSON_7F3K9QX2]`. One operator per call, because the vault
 * records which call each token appears in (for data subject access and erasure).
 */
import type { Vault } from '../vault/vault.js';
import type { Operator } from './operators.js';

export interface TokenOperatorOptions {
  vault: Pick<Vault, 'issueTokens'>;
  tenant: string;
  callId: string;
}

export function createTokenOperator({ vault, tenant, callId }: TokenOperatorOptions): Operator {
  let erased = 0;
  return {
    name: 'token',
    replaceAll: async (requests) => {
      const tokens = await vault.issueTokens({
        tenant,
        callId,
        items: requests,
        onErased: (n) => void (erased += n),
      });
      return tokens.map((t) => `[${t}]`);
    },
    erasedSubjects: () => erased,
  };
}
