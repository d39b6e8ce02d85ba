/**
 * The questionnaire draft in Taro storage (key `checkDraft`): saved on every change, restored when the
 * person comes back, cleared by 重新填写. Also the hand-offs between pages: the saved check's id for the
 * 进度 tab's 开始申报 (`checkSavedId`) and issues the function found (shown under the questions).
 * Light on purpose: the 自测 tab reads it.
 */
import Taro from '@tarojs/taro';
import type { FieldIssue } from '@shared/errors/app-error';
import type { Round } from '@shared/policy/calendar';
import type { CheckForm } from './form';
import { emptyForm, normalizeForm } from './form';

export const DRAFT_KEY = 'checkDraft';
/** The published rounds last listed (`eligibility.rounds.list`), for the phone's own evaluation offline. */
export const ROUNDS_KEY = 'checkRounds';
/** At most this many listed rounds are kept in storage. */
export const MAX_STORED_ROUNDS = 20;
/** The id of the last check the function saved, for 据此申报 (the application issue reads it). */
export const SAVED_CHECK_KEY = 'checkSavedId';

export interface CheckDraft {
  v: 1;
  form: CheckForm;
  /** The step the person is on (a StepId). */
  step: string;
  /** How many steps apply, for 「上次填到第 N 步，共 M 步」. */
  totalSteps: number;
  stepIndex: number;
  /** The chosen published round (for the phone's own evaluation); null = none chosen (see form.roundId). */
  round: Round | null;
  /** The person has seen a result with these answers. */
  completed: boolean;
  savedAt: string;
  /** The function saved a check with these answers (so a second look does not save it again). */
  savedId?: string;
  /** Issues the function reported for these answers (cleared on the next change). */
  serverIssues?: FieldIssue[];
}

export function newDraft(): CheckDraft {
  return { v: 1, form: emptyForm(), step: 'work', totalSteps: 6, stepIndex: 0, round: null, completed: false, savedAt: '' };
}

/** Only the round's own fields (what the engine's strict round schema knows), whatever else the list carries. */
export function pickRound(r: Round): Round {
  const { id, name, applyFrom, applyTo, seniorityCutoff, defenseFrom, defenseTo, publishedBy, publishedAt } = r;
  return {
    id,
    name,
    applyFrom,
    applyTo,
    seniorityCutoff,
    ...(defenseFrom ? { defenseFrom } : {}),
    ...(defenseTo ? { defenseTo } : {}),
    publishedBy,
    publishedAt,
  };
}

function isRoundLike(r: unknown): r is Round {
  return !!r && typeof r === 'object' && typeof (r as Round).id === 'string';
}

/** The published rounds from storage (null = never listed on this phone). */
export function loadRounds(): Round[] | null {
  try {
    const raw = Taro.getStorageSync(ROUNDS_KEY) as unknown;
    const items = raw && typeof raw === 'object' ? (raw as { items?: unknown }).items : undefined;
    return Array.isArray(items) ? items.filter(isRoundLike).slice(0, MAX_STORED_ROUNDS).map(pickRound) : null;
  } catch {
    return null;
  }
}

export function saveRounds(items: readonly Round[]): void {
  try {
    Taro.setStorageSync(ROUNDS_KEY, { at: new Date().toISOString(), items: items.slice(0, MAX_STORED_ROUNDS).map(pickRound) });
  } catch {
    // Storage full or unavailable: the result page lists the rounds again.
  }
}

/** Anything → a draft, or null when there is none worth restoring. */
export function normalizeDraft(raw: unknown): CheckDraft | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || !r.form || typeof r.form !== 'object') return null;
  const int = (v: unknown, d: number, max: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : d);
  const round = isRoundLike(r.round) ? pickRound(r.round) : null;
  const issues = Array.isArray(r.serverIssues)
    ? r.serverIssues.filter((i): i is FieldIssue => !!i && typeof i.path === 'string' && typeof i.message === 'string').slice(0, 50)
    : [];
  return {
    v: 1,
    form: normalizeForm(r.form),
    step: typeof r.step === 'string' ? r.step : 'work',
    totalSteps: int(r.totalSteps, 6, 20) || 6,
    stepIndex: int(r.stepIndex, 0, 20),
    round,
    completed: r.completed === true,
    savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
    ...(typeof r.savedId === 'string' && r.savedId ? { savedId: r.savedId.slice(0, 64) } : {}),
    ...(issues.length ? { serverIssues: issues } : {}),
  };
}

export function loadDraft(): CheckDraft | null {
  try {
    return normalizeDraft(Taro.getStorageSync(DRAFT_KEY));
  } catch {
    return null;
  }
}

/** Saves the draft; returns its `savedAt` stamp (a page that wrote it can tell a newer draft from its own). */
export function saveDraft(draft: CheckDraft): string {
  const savedAt = new Date().toISOString();
  try {
    Taro.setStorageSync(DRAFT_KEY, { ...draft, savedAt });
  } catch {
    // Storage full or unavailable: the form keeps working, only the resume is lost.
  }
  return savedAt;
}

export function clearDraft(): void {
  try {
    Taro.removeStorageSync(DRAFT_KEY);
  } catch {
    // nothing to clear
  }
}

/** Has the person answered anything yet? */
export function hasAnswers(draft: CheckDraft | null): boolean {
  if (!draft) return false;
  const f = draft.form;
  return !!(f.sector || f.educationLevel || f.appliedSeries || f.periods.some((p) => p.from || p.kind) || f.hasTitle);
}

export function rememberSavedCheck(id: string): void {
  try {
    Taro.setStorageSync(SAVED_CHECK_KEY, id);
  } catch {
    // best effort
  }
}
