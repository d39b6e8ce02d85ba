import { Text, View } from '@tarojs/components';
import type { Application, ExpectedStep } from '@shared/workflow/application';
import { mainPath, STAGE_INFO, type Stage } from '@shared/workflow/stages';
import { formatDate, formatTime } from '../../services/dates';

type State = 'done' | 'current' | 'later';

/**
 * The file's way from 个人申报 to 已办结: done steps with the day they were done, the current one with what
 * happens there, later ones with their expected date (from `expected`).
 * Once the certificate is recorded, its step points to 查询和打印证书 at the top of the detail page.
 * Test hooks: #timeline, .timeline-step (data-stage; .timeline-step--done|current|later), .timeline-step__date
 */
export function Timeline({ app, expected }: { app: Application; expected: ExpectedStep[] }) {
  const path = mainPath(app);
  const here: Stage = app.stage === 'correction' ? (app.corrections[app.corrections.length - 1]?.fromStage ?? app.stage) : app.stage;
  const currentIndex = app.stage === 'completed' ? path.length : path.indexOf(here);
  const leftAt = (s: Stage) => [...app.history].reverse().find((h) => h.from === s)?.at;
  const steps = path.map((s, i) => {
    const state: State = currentIndex < 0 ? (leftAt(s) ? 'done' : 'later') : i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'later';
    return { s, state, i };
  });
  return (
    <View id="timeline" className="timeline">
      {app.stage === 'correction' || app.stage === 'not_passed' || app.stage === 'withdrawn' ? (
        <View className="timeline-step timeline-step--current" data-stage={app.stage}>
          <Text className="timeline-step__label">{`● ${STAGE_INFO[app.stage].label}`}</Text>
          <Text className="timeline-step__text">{STAGE_INFO[app.stage].description[app.workflow]}</Text>
        </View>
      ) : null}
      {steps.map(({ s, state }) => {
        const info = STAGE_INFO[s];
        const exp = expected.find((e) => e.stage === s);
        const done = state === 'done' ? leftAt(s) : undefined;
        const certificate = s === 'approved' && app.certificate ? `证书已登记${app.certificate.number ? `（编号 ${app.certificate.number}）` : ''}` : '';
        return (
          <View key={s} className={`timeline-step timeline-step--${state}`} data-stage={s}>
            <Text className="timeline-step__label">{`${state === 'done' ? '✓' : state === 'current' ? '●' : '○'} ${info.label}`}</Text>
            {state === 'current' && app.stage !== 'correction' ? <Text className="timeline-step__text">{info.description[app.workflow]}</Text> : null}
            {certificate ? <Text className="timeline-step__text">{certificate}</Text> : null}
            {certificate ? <Text className="timeline-step__text">查询和打印证书的方法见本页上方</Text> : null}
            {done ? <Text className="timeline-step__date">{`${formatTime(done)} 完成`}</Text> : null}
            {state !== 'done' && exp?.by ? (
              <Text className="timeline-step__date">{`预计 ${formatDate(exp.by)} 前${exp.estimated ? '（估计）' : ''}`}</Text>
            ) : null}
            {state !== 'done' && exp && !exp.by && exp.rule ? <Text className="timeline-step__date">{exp.rule}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
