import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const promoteFaq: Handler<'groups', 'faq.promote'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const withdrawFaq: Handler<'groups', 'faq.withdraw'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const searchFaq: Handler<'groups', 'faq.search'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const getFaq: Handler<'groups', 'faq.get'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const markFaqHelpful: Handler<'groups', 'faq.helpful'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
