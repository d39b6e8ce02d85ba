/** What each clause sets, in plain words: the facts live beside the clauses in shared/policy/clause-facts. */
export { clauseFacts, hotlines } from '@shared/policy/clause-facts';
