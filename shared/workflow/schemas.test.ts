import { CAST, driveTo } from '../../test/fixtures/workflow';
import { availableActions } from './machine';
import { publicNoticeView } from './notice';
import { applicationSchema, availableAction, publicNoticeView as noticeViewSchema } from './schemas';

/** The schemas the contracts check answers with keep every field the machine writes: nothing is stripped or refused. */
describe('workflow schemas describe what the machine builds', () => {
  it.each([
    ['socialized', 'intermediate', 'completed'],
    ['socialized', 'deputy_senior', 'completed'],
    ['socialized', 'assistant', 'archiving'],
    ['green_channel', 'deputy_senior', 'completed'],
  ] as const)('a %s %s file driven to %s parses to itself', (workflow, level, target) => {
    const { app, now } = driveTo(workflow, level, target);
    expect(applicationSchema.parse(app)).toEqual(app);
    for (const who of Object.values(CAST)) {
      const buttons = availableActions(app, who, now);
      expect(buttons.map((b) => availableAction.parse(b))).toEqual(buttons);
    }
  });

  it('a file on public notice, with its notice and the public view', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'public_notice');
    expect(app.notice).toBeDefined();
    expect(applicationSchema.parse(app)).toEqual(app);
    const view = publicNoticeView(app, now);
    expect(view).not.toBeNull();
    expect(noticeViewSchema.parse(view)).toEqual(view);
  });

  it('refuses a stage the workflow does not know', () => {
    const { app } = driveTo('socialized', 'intermediate', 'employer_review');
    expect(applicationSchema.safeParse({ ...app, stage: 'limbo' }).success).toBe(false);
  });
});
