import { defineFunction } from '../kit/dispatch';
import { groups } from '../../shared/contracts/groups';
import { bindGroup, createGroup, enterGroup, getGroup, listGroups, updateGroup } from './handlers/groups';
import { groupRoster, removeMember } from './handlers/roster';
import { cityCoverage, districtCoverage } from './handlers/coverage';
import { shareCard } from './handlers/share';
import { answerQuestion, askQuestion, getQuestion, listQuestions, markQuestionHelpful } from './handlers/questions';
import { getFaq, markFaqHelpful, promoteFaq, searchFaq, withdrawFaq } from './handlers/faq';
import { createTask, getTask, listTasks, markTaskDone } from './handlers/tasks';
import { getSettings, setSettings } from './handlers/settings';

/** Cloud function `groups`: 第六条's 微信交流群 — binding, rosters, coverage, questions and answers, 常见问题, 群待办. */
export const main = defineFunction(
  'groups',
  groups,
  {
    create: createGroup,
    update: updateGroup,
    list: listGroups,
    get: getGroup,
    roster: groupRoster,
    'roster.remove': removeMember,
    bind: bindGroup,
    enter: enterGroup,
    coverage: districtCoverage,
    'coverage.city': cityCoverage,
    'questions.ask': askQuestion,
    'questions.list': listQuestions,
    'questions.get': getQuestion,
    'questions.answer': answerQuestion,
    'questions.helpful': markQuestionHelpful,
    'faq.promote': promoteFaq,
    'faq.withdraw': withdrawFaq,
    'faq.search': searchFaq,
    'faq.get': getFaq,
    'faq.helpful': markFaqHelpful,
    'tasks.create': createTask,
    'tasks.list': listTasks,
    'tasks.get': getTask,
    'tasks.done': markTaskDone,
    share: shareCard,
    'settings.get': getSettings,
    'settings.set': setSettings,
  },
  { openToVisitors: ['faq.search', 'faq.get'] },
);
