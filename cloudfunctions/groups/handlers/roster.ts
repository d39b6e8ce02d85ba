import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const groupRoster: Handler<'groups', 'roster'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const removeMember: Handler<'groups', 'roster.remove'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
