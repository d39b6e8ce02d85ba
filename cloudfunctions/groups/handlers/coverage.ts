import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const districtCoverage: Handler<'groups', 'coverage'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const cityCoverage: Handler<'groups', 'coverage.city'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
