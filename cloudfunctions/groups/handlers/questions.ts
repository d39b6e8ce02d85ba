import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';

// PLACEHOLDER: replaced by the real handlers (issue 9).

export const askQuestion: Handler<'groups', 'questions.ask'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const listQuestions: Handler<'groups', 'questions.list'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const getQuestion: Handler<'groups', 'questions.get'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const answerQuestion: Handler<'groups', 'questions.answer'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};

export const markQuestionHelpful: Handler<'groups', 'questions.helpful'> = async () => {
  throw new AppError('NOT_ALLOWED_NOW', '尚未开放');
};
