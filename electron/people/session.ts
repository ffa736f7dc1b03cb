import { canApprove, type PersonView } from '../../shared/people/people';
import type { PrivilegedAction } from '../../shared/people/privileges';
import { AppFailure } from '../app/app-failure';
import type { AuditLog } from './audit-log';
import { pinAttempts, pinLockMs, type People } from './people';

/** A manager's approval covers the one action it was given for, within two minutes. */
export const approvalTtlMs = 2 * 60_000;

interface Grant {
  approver: PersonView;
  expiresAt: number;
}

export interface Authority {
  actor: PersonView;
  approver: PersonView;
}

/**
 * Who works at this station now. One station, one session: the desktop app has one window, and
 * the web host serves one page. Kept in memory, so every start begins with a PIN login.
 */
export class Session {
  private person: PersonView | undefined;
  private readonly grants = new Map<PrivilegedAction, Grant>();
  // Wrong approval PINs are counted per station: the PIN typed could be anyone's.
  private approvalFailures = 0;
  private approvalsLockedUntil = 0;

  constructor(
    private readonly people: People,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
  ) {}

  current(): PersonView | undefined {
    try {
      return this.signedIn();
    } catch {
      return undefined;
    }
  }

  /** The signed-in person as they are now: a role changed or a person deactivated counts at once. */
  signedIn(): PersonView {
    const now = this.person ? this.people.byId(this.person.id) : undefined;
    if (!now?.active) {
      this.person = undefined;
      this.grants.clear();
      throw new AppFailure('not_signed_in', 'Nobody is signed in at this station');
    }
    this.person = now;
    return now;
  }

  async signIn(personId: number, pin: string): Promise<PersonView> {
    const check = await this.people.check(personId, pin);
    switch (check.kind) {
      case 'ok':
        this.start(check.person);
        this.audit.record({ action: 'signIn', outcome: 'done', actorId: check.person.id });
        return check.person;
      case 'wrong':
        this.audit.record({ action: 'signIn', outcome: 'refused', actorId: personId, details: { attemptsLeft: check.attemptsLeft } });
        throw new AppFailure('pin_wrong', 'Wrong PIN', { attemptsLeft: check.attemptsLeft });
      case 'locked':
        this.audit.record({ action: 'signIn', outcome: 'refused', actorId: personId, details: { lockedUntil: check.until } });
        throw new AppFailure('pin_locked', 'Too many wrong PINs', { until: check.until });
      case 'unknown':
        throw new AppFailure('invalid_input', `No active person ${personId}`);
    }
  }

  /** The first manager, made by the setup wizard, is signed in at once. */
  start(person: PersonView): void {
    this.person = person;
    this.grants.clear();
  }

  signOut(): void {
    if (this.person) this.audit.record({ action: 'signOut', outcome: 'done', actorId: this.person.id });
    this.person = undefined;
    this.grants.clear();
  }

  /**
   * A manager approves `action` for the signed-in cashier with their PIN. A manager who is signed
   * in approves their own actions without one.
   */
  async approve(action: PrivilegedAction, pin: string | undefined): Promise<PersonView> {
    const actor = this.signedIn();
    if (canApprove(actor.role)) return actor;
    if (pin === undefined) throw new AppFailure('approval_required', `${action} needs a manager's PIN`, { action });
    const nowMs = this.now().getTime();
    if (this.approvalsLockedUntil > nowMs) {
      throw new AppFailure('pin_locked', 'Too many wrong PINs', { until: new Date(this.approvalsLockedUntil).toISOString() });
    }
    const approver = await this.people.approverByPin(pin);
    if (!approver) {
      this.approvalFailures += 1;
      const attemptsLeft = pinAttempts - this.approvalFailures;
      this.audit.record({ action: 'approval', outcome: 'refused', actorId: actor.id, details: { for: action, attemptsLeft: Math.max(attemptsLeft, 0) } });
      if (attemptsLeft <= 0) {
        this.approvalFailures = 0;
        this.approvalsLockedUntil = nowMs + pinLockMs;
        throw new AppFailure('pin_locked', 'Too many wrong PINs', { until: new Date(this.approvalsLockedUntil).toISOString() });
      }
      throw new AppFailure('pin_wrong', 'No manager has this PIN', { attemptsLeft });
    }
    this.approvalFailures = 0;
    this.grants.set(action, { approver, expiresAt: nowMs + approvalTtlMs });
    this.audit.record({ action: 'approval', outcome: 'done', actorId: actor.id, approverId: approver.id, details: { for: action } });
    return approver;
  }

  /**
   * Uses up the approval for `action`: each approval covers one call. The settings screen makes
   * several calls, so its approval lasts its two minutes instead.
   */
  take(action: PrivilegedAction): Authority {
    const actor = this.signedIn();
    if (canApprove(actor.role)) return { actor, approver: actor };
    const grant = this.grants.get(action);
    if (action !== 'settings') this.grants.delete(action);
    if (!grant || grant.expiresAt < this.now().getTime()) {
      throw new AppFailure('approval_required', `${action} needs a manager's PIN`, { action });
    }
    return { actor, approver: grant.approver };
  }
}
