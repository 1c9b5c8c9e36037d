const NONE: unique symbol = Symbol('no answer');

/**
 * A small memo in front of a large word dictionary. The name and word lists hold 100,000 words or
 * more each, and a lookup in a Map that large mostly waits on memory; the few thousand words a
 * stretch of calls says are answered from a small Map that stays in cache. The answer must depend
 * on the word alone (the lists never change once loaded); the memo starts over when full, so it
 * holds at most `limit` words.
 */
export function memoByWord<T>(lookup: (word: string) => T, limit = 4096): (word: string) => T {
  // an undefined answer is held as NONE, so that one get() tells a known word from an unknown one
  const memo = new Map<string, T | typeof NONE>();
  return (word: string): T => {
    const known = memo.get(word);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const answer = lookup(word);
    if (memo.size >= limit) memo.clear();
    memo.set(word, answer === undefined ? NONE : answer);
    return answer;
  };
}
