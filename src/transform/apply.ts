/**
 * Turns resolved entities into edits (word range + replacement text) by running each entity
 * through the operator its type's policy names. Entities of one operator go in one batch, so the
 * token operator can talk to the vault once per call.
 */
import { ConfigError } from '../errors.js';
import { type Policy, typePolicy } from '../policy.js';
import type { Edit, Entity, OperatorName } from '../types.js';
import { generaliseOperator } from './generalise.js';
import { maskOperator, type Operator, placeholderOperator } from './operators.js';

export type OperatorSet = Partial<Record<OperatorName, Operator>>;

export const BUILTIN_OPERATORS: OperatorSet = {
  placeholder: placeholderOperator,
  mask: maskOperator,
  generalise: generaliseOperator,
};

export interface RedactionItem {
  entity: Entity;
  edit: Edit;
  operator: OperatorName;
}

export async function buildEdits(
  entities: readonly Entity[],
  policy: Policy,
  operators: OperatorSet,
): Promise<RedactionItem[]> {
  const items: RedactionItem[] = new Array<RedactionItem>(entities.length);
  const groups = new Map<string, { indices: number[]; name: OperatorName }>();
  entities.forEach((e, i) => {
    const spec = typePolicy(policy, e.type);
    if (!spec) throw new ConfigError(`entity type ${e.type} is not enabled by the policy`);
    const key = JSON.stringify(spec);
    const group = groups.get(key) ?? { indices: [], name: spec.operator };
    group.indices.push(i);
    groups.set(key, group);
  });
  for (const [key, group] of groups) {
    const spec = JSON.parse(key) as ReturnType<typeof typePolicy> & object;
    const operator = operators[group.name];
    if (!operator) {
      throw new ConfigError(
        `operator "${group.name}" is not available here` +
          (group.name === 'token'
            ? ' (tokens need the vault: set VAULT_MASTER_KEY or VAULT_MASTER_KEY_FILE)'
            : ''),
      );
    }
    const requests = group.indices.map((i) => ({ type: entities[i]!.type, value: entities[i]!.value }));
    const replacements = await operator.replaceAll(requests, spec);
    group.indices.forEach((entityIndex, j) => {
      const entity = entities[entityIndex]!;
      items[entityIndex] = {
        entity,
        operator: group.name,
        edit: { startWord: entity.startWord, endWord: entity.endWord, replacement: replacements[j]! },
      };
    });
  }
  return items;
}
