import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const createTask: Handler<'groups', 'tasks.create'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const listTasks: Handler<'groups', 'tasks.list'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const getTask: Handler<'groups', 'tasks.get'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const markTaskDone: Handler<'groups', 'tasks.done'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
