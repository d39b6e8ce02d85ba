import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { NextSteps } from '@shared/policy/types';
import { CiteLink } from './CiteLink';

const CHANNEL_TAG: Record<string, string> = { green: '绿色通道', socialized: '社会化评审' };

function Section({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  return (
    <View className={`next-steps__section ${className}`}>
      <Text className="next-steps__title">{title}</Text>
      {children}
    </View>
  );
}

/** A check saved before 第四条 carried its citation said only `continuingEducationRequired: false`. */
function legacyContinuingEducation(steps: NextSteps) {
  const legacy = steps as NextSteps & { continuingEducationRequired?: false | null };
  return legacy.continuingEducation === undefined && legacy.continuingEducationRequired === false
    ? { text: '不硬性要求继续教育学时', clause: '第四条' as const }
    : null;
}

/**
 * What to do next on a route: channel, where to submit (best fit first, with the reason), who reviews, the
 * defense, what non-public applicants are spared (第三/四/五条), the checklist and the calendar — each with
 * its clause. Test hooks: .next-steps, .next-steps__channels, .next-steps__bodies, .next-steps__body
 *   (.next-steps__body--best), .next-steps__reviewer, .next-steps__defense, .next-steps__privileges,
 *   .next-steps__checklist, .next-steps__calendar
 */
export function NextStepsView({ steps }: { steps: NextSteps }) {
  const privileges = [
    steps.continuingEducation ? { text: '不硬性要求继续教育学时', clause: steps.continuingEducation.clause } : legacyContinuingEducation(steps),
    steps.papersReplaceable
      ? {
          text: `没有论文可以用${steps.papersReplaceable.by.join('、')}等成果代替${steps.papersReplaceable.yours.length ? `（您有：${steps.papersReplaceable.yours.join('、')}）` : ''}`,
          clause: steps.papersReplaceable.clause,
        }
      : null,
    steps.separateGrouping ? { text: steps.separateGrouping.detail, clause: steps.separateGrouping.clause } : null,
  ].filter((x) => x !== null);
  return (
    <View className="next-steps">
      <Section title="走哪个渠道" className="next-steps__channels">
        {steps.channels.map((c) => (
          <View key={c.id} className="next-steps__item">
            <Text className="next-steps__text">{c.name}</Text>
            <CiteLink clause={c.clause} />
          </View>
        ))}
      </Section>
      <Section title="交到哪里（任选其一，推荐的排在前面）" className="next-steps__bodies">
        {steps.submissionBodies.map((b) => (
          <View key={b.id} className={`next-steps__item next-steps__body ${b.bestFit ? 'next-steps__body--best' : ''}`}>
            <View className="next-steps__line">
              {b.bestFit ? <Text className="next-steps__best">推荐</Text> : null}
              <Text className="next-steps__text next-steps__strong">{b.name}</Text>
            </View>
            <Text className="next-steps__reason">{b.reason}</Text>
            <CiteLink clause={b.clause} />
          </View>
        ))}
      </Section>
      <Section title="谁来评审" className="next-steps__reviewer">
        {steps.reviewer.map((r) => (
          <View key={r.channel} className="next-steps__item">
            <Text className="next-steps__text">
              {CHANNEL_TAG[r.channel]}：{r.body}
            </Text>
            <CiteLink clause={r.clause} />
          </View>
        ))}
      </Section>
      <Section title="答辩" className="next-steps__defense">
        <View className="next-steps__item">
          <Text className="next-steps__text">{steps.defense.detail}</Text>
          <CiteLink clause={steps.defense.clause} />
        </View>
      </Section>
      {privileges.length ? (
        <Section title="非公领域的专门政策" className="next-steps__privileges">
          {privileges.map((p) => (
            <View key={p.clause} className="next-steps__item">
              <Text className="next-steps__text">✓ {p.text}</Text>
              <CiteLink clause={p.clause} />
            </View>
          ))}
        </Section>
      ) : null}
      <Section title="要准备什么" className="next-steps__checklist">
        {steps.checklist.map((c, i) => (
          <View key={`${i}-${c.item}`} className="next-steps__item">
            <Text className="next-steps__text">
              {i + 1}. {c.item}
              {c.channel && steps.channels.length > 1 ? `（${CHANNEL_TAG[c.channel]}）` : ''}
            </Text>
            <CiteLink clause={c.clause} />
          </View>
        ))}
      </Section>
      {steps.calendar.greenChannel || steps.calendar.socialized ? (
        <Section title="什么时候申报" className="next-steps__calendar">
          {steps.calendar.greenChannel ? (
            <View className="next-steps__item">
              <Text className="next-steps__text">绿色通道：{steps.calendar.greenChannel.note}</Text>
              <CiteLink clause={steps.calendar.greenChannel.clause} />
            </View>
          ) : null}
          {steps.calendar.socialized ? (
            <View className="next-steps__item">
              <Text className="next-steps__text">社会化评审：{steps.calendar.socialized.note}</Text>
              <CiteLink clause={steps.calendar.socialized.clause} />
            </View>
          ) : null}
        </Section>
      ) : null}
    </View>
  );
}
