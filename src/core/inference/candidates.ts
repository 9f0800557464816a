import type { InferredRelation } from './relations';

/** A relation proposed by the search (walks.ts, pairs.ts), before it is checked at every position (acceptance.ts). */
export type Candidate = Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero'>;

/** Keyed by ends and length: one walk's members are determined by them, and a key of 50,000 members would cost. */
export function addCandidate(out: Map<string, Candidate>, c: Candidate): void {
  out.set(`${c.kind}:${c.target}:${c.scale}:${c.members.length}:${c.members[0]}:${c.members[c.members.length - 1]}`, c);
}
