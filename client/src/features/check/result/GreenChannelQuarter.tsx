import { Text, View } from '@tarojs/components';
import type { GreenChannelCalendar, GreenChannelPhase } from '@shared/policy/calendar';
import { CiteLink } from './CiteLink';

const MONTHS: { phase: Exclude<GreenChannelPhase, 'none'>; key: 'applicationMonth' | 'reviewMonth' | 'certificateMonth'; label: string }[] =
  [
    { phase: 'application', key: 'applicationMonth', label: '申报' },
    { phase: 'review', key: 'reviewMonth', label: '评审' },
    { phase: 'certificate', key: 'certificateMonth', label: '核准发证' },
  ];

const monthName = (isoMonth: string) => `${Number(isoMonth.slice(5, 7))} 月`;

/**
 * 附件1 第二项 for this quarter: its three months (apply, review, approve and certify) with the one the
 * evaluation date falls in marked 本月, then where today falls in words and when the next application is.
 * Results saved before the calendar said where today falls show only the next application.
 * Test hooks: #check-green-quarter, .check-quarter__month (--now, data-phase), #check-green-today, #check-green-next
 */
export function GreenChannelQuarter({ calendar }: { calendar: GreenChannelCalendar }) {
  const today = calendar.today as GreenChannelCalendar['today'] | undefined;
  return (
    <View className="list-item check-green">
      <Text className="list-item__title">引进人才绿色通道（每季度一次）</Text>
      {today ? (
        <>
          <View id="check-green-quarter" className="check-quarter" role="list" aria-label={`${today.quarter.label}绿色通道安排`}>
            {MONTHS.map((m) => {
              const now = today.phase === m.phase;
              return (
                <View
                  key={m.phase}
                  role="listitem"
                  aria-label={`${monthName(today.quarter[m.key])}：${m.label}${now ? '（本月）' : ''}`}
                  aria-current={now ? 'date' : undefined}
                  data-phase={m.phase}
                  className={`check-quarter__month ${now ? 'check-quarter__month--now' : ''}`}
                >
                  <Text className="check-quarter__name">{monthName(today.quarter[m.key])}</Text>
                  <Text className="check-quarter__phase">{m.label}</Text>
                  {now ? <Text className="check-quarter__now">本月</Text> : null}
                </View>
              );
            })}
          </View>
          <Text id="check-green-today" className="check-interpretation__reading check-green__today">
            {today.note}
          </Text>
        </>
      ) : null}
      <Text id="check-green-next" className="check-interpretation__reading">
        {calendar.note}
      </Text>
      <CiteLink clause={calendar.clause} />
    </View>
  );
}
