import type { z } from 'zod';
import { identity } from './identity';
import { eligibility } from './eligibility';
import { applications } from './application-moves';
import { briefings } from './briefings';
import { announcements } from './announcements';
import { groups } from './groups';

/** Every function and action: one input schema, one output schema. Client and functions are typed from this. */
export const CONTRACTS = {
  identity,
  eligibility,
  applications,
  announcements,
  briefings,
  groups,
} as const;

export type Contracts = typeof CONTRACTS;
export type FunctionName = keyof Contracts;
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string;
type Spec<F extends FunctionName, A extends ActionName<F>> = Contracts[F][A] extends { input: z.ZodType; output: z.ZodType }
  ? Contracts[F][A]
  : never;
/** What the caller sends (defaults optional). */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<Spec<F, A>['input']>;
/** What the handler receives after parsing. */
export type ParsedInputOf<F extends FunctionName, A extends ActionName<F>> = z.output<Spec<F, A>['input']>;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = z.output<Spec<F, A>['output']>;

/** The event every function receives: identity is never part of it. */
export interface CallEvent {
  action: string;
  input?: unknown;
  requestId?: string;
}

export * from '../errors/app-error';
export type { GrantView, OrganizationView } from './identity';
export type { EligibilityHistoryItem } from './eligibility';
export type { ApplicationDetail, ApplicationListItem } from './applications';
