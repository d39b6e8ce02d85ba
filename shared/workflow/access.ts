import type { Actor, Scope } from '../auth/roles';
import type { ActorRef, Application, Holder } from './application';
import { holderOf } from './stages';
import type { Who } from './transitions';
import { ACTIONS } from './transitions';

/** Who may act on a file: the table's role and scope rules, checked against the application. */

function sameScope(a: Scope, b: Scope): boolean {
  if (a.kind === 'org' && b.kind === 'org') return a.orgId === b.orgId;
  if (a.kind === 'district' && b.kind === 'district') return a.district === b.district;
  return a.kind === b.kind;
}

function holderIsActor(holder: Holder | null, actor: Actor, role: Who['role']): boolean {
  if (!holder || holder.role !== role) return false;
  if (holder.role === 'applicant') return holder.openid === actor.openid;
  return actor.grants.some((g) => g.role === role && sameScope(g.scope, holder.scope));
}

function grantCovers(scope: Scope, rule: Who['scope'], app: Application): boolean {
  switch (rule) {
    case 'employer':
      return scope.kind === 'org' && scope.orgId === app.employer.orgId;
    case 'body': {
      const body = app.recommendingBody;
      return scope.kind === 'org' && body?.kind !== 'district_bureau' && !!body?.orgId && scope.orgId === body.orgId;
    }
    case 'district':
      return scope.kind === 'district' && scope.district === app.employer.district;
    case 'city':
      return scope.kind === 'city';
    default:
      return false;
  }
}

function matches(who: Who, app: Application, actor: Actor): boolean {
  if (!actor.openid) return false;
  const own = actor.openid === app.applicant.openid;
  if (who.role === 'applicant') {
    if (who.scope === 'own') return own;
    if (who.scope === 'public') return !own && !decidesObjections(app, actor);
    if (who.scope === 'holder') return own && holderIsActor(holderOf(app), actor, 'applicant');
    return false;
  }
  // Separation of duties: HR staff or officers never act on their own application.
  if (own) return false;
  if (who.scope === 'holder') return holderIsActor(holderOf(app), actor, who.role);
  return actor.grants.some((g) => g.role === who.role && grantCovers(g.scope, who.scope, app));
}

/** Those who decide objections on the file (the table's decide_objection rule); they do not file them. */
export function decidesObjections(app: Application, actor: Actor): boolean {
  return ACTIONS.decide_objection.rules.some((r) => r.workflows.includes(app.workflow) && actingAs(r.who, app, actor) !== null);
}

/** The capacity in which `actor` may act under `who`, or null. */
export function actingAs(who: readonly Who[], app: Application, actor: Actor): ActorRef | null {
  const w = who.find((x) => matches(x, app, actor));
  if (!w) return null;
  return { openid: actor.openid, role: w.scope === 'public' ? 'public' : w.role };
}
