import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const createGroup: Handler<'groups', 'create'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const updateGroup: Handler<'groups', 'update'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const listGroups: Handler<'groups', 'list'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const getGroup: Handler<'groups', 'get'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const bindGroup: Handler<'groups', 'bind'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const enterGroup: Handler<'groups', 'enter'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
