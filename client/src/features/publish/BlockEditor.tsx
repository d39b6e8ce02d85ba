/**
 * 正文: the body as a list of blocks (shared/announcements/body's blockSchema: paragraphs, headings, lists,
 * and paragraphs ending in a link to a clause, a briefing or a round). Blocks are added, moved and removed
 * with buttons; every input is plain text — there is no HTML and no URL anywhere.
 * Test hooks: #compose-blocks, .block-item (data-kind, data-index), .block-item__input (inside: input / textarea),
 *   .block-up / .block-down / .block-remove, #block-add-<kind>, .block-list-item, .block-list-add,
 *   .block-link-pick, #compose-block-<i>-error, #compose-body-error
 */
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { LinkRef } from '@shared/announcements/body';
import { BODY_LIMITS } from '@shared/announcements/body';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSE_IDS } from '@shared/policy/clauses';
import { a11y } from '../../components/a11y';
import { ActionButton } from '../../components/ActionButton';
import { FieldFooter } from '../../components/FieldFooter';
import { PickerField } from '../../components/PickerField';
import { AnnouncementBody } from '../notices/Body';
import { RadioChips } from '../../components/RadioChips';
import type { EditorBlock } from './views';
import { ADDABLE, addBlock, BLOCK_LABELS, clauseLinkText, LINK_LABELS, moveBlock, removeBlock, updateBlock } from './views';

const CLAUSE_OPTIONS = CLAUSE_IDS.map((id) => ({ value: id, label: clauseLinkText(id) }));
const LIST_STYLES = [
  { value: 'bulleted' as const, label: '项目符号' },
  { value: 'numbered' as const, label: '编号' },
];
/** One run is one line: a newline would be refused by the schema, so it is dropped as it is typed. */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, '');

export interface LinkChoice {
  id: string;
  label: string;
}

function BlockBody({
  block,
  index,
  onPatch,
  briefings,
  rounds,
  disabled,
}: {
  block: EditorBlock;
  index: number;
  onPatch: (patch: Partial<EditorBlock>) => void;
  briefings: LinkChoice[];
  rounds: LinkChoice[];
  disabled?: boolean;
}) {
  const n = index + 1;
  switch (block.kind) {
    case 'paragraph':
      return (
        <Textarea
          className="field__input block-item__input block-item__textarea"
          value={block.text}
          autoHeight
          maxlength={BODY_LIMITS.maxInlineChars}
          placeholder="段落文字（另起一段请添加新段落）"
          aria-label={`第 ${n} 段 段落文字`}
          disabled={disabled}
          onInput={(e) => onPatch({ text: oneLine(e.detail.value) })}
        />
      );
    case 'heading':
      return (
        <Input
          className="field__input block-item__input"
          value={block.text}
          maxlength={BODY_LIMITS.maxHeadingChars}
          placeholder="小标题，例如：一、申报条件"
          aria-label={`第 ${n} 段 小标题`}
          disabled={disabled}
          onInput={(e) => onPatch({ text: oneLine(e.detail.value) })}
        />
      );
    case 'list':
      return (
        <View>
          <RadioChips
            id={`block-${index}-style`}
            label={`第 ${n} 段 列表样式`}
            options={LIST_STYLES}
            value={block.style}
            onChange={(style) => onPatch({ style })}
          />
          {block.items.map((t, j) => (
            <View key={j} className="block-list-item">
              <Text className="block-list-item__mark" aria-hidden="true">
                {block.style === 'numbered' ? `${j + 1}.` : '•'}
              </Text>
              <Input
                className="field__input block-item__input"
                value={t}
                maxlength={BODY_LIMITS.maxInlineChars}
                placeholder="列表项"
                aria-label={`第 ${n} 段 第 ${j + 1} 项`}
                disabled={disabled}
                onInput={(e) => onPatch({ items: block.items.map((x, k) => (k === j ? oneLine(e.detail.value) : x)) })}
              />
              {block.items.length > 1 ? (
                <Text
                  className="text-link block-list-item__remove"
                  {...a11y({ role: 'button', tabIndex: 0, 'aria-label': `删除第 ${j + 1} 项` }, () =>
                    onPatch({ items: block.items.filter((_, k) => k !== j) }),
                  )}
                  onClick={() => onPatch({ items: block.items.filter((_, k) => k !== j) })}
                >
                  删除
                </Text>
              ) : null}
            </View>
          ))}
          {block.items.length < BODY_LIMITS.maxListItems ? (
            <Text
              className="text-link block-list-add"
              {...a11y({ role: 'button', tabIndex: 0 }, () => onPatch({ items: [...block.items, ''] }))}
              onClick={() => onPatch({ items: [...block.items, ''] })}
            >
              ＋ 添加一项
            </Text>
          ) : null}
        </View>
      );
    case 'link': {
      const kind = block.linkKind;
      const choices =
        kind === 'clause' ? CLAUSE_OPTIONS : (kind === 'briefing' ? briefings : rounds).map((c) => ({ value: c.id, label: c.label }));
      const chosen = block.link ? (block.link.kind === 'clause' ? block.link.clause : block.link.id) : '';
      const pick = (v: string) => {
        const link: LinkRef = kind === 'clause' ? { kind, clause: v as ClauseId } : { kind, id: v };
        onPatch({ link, linkText: choices.find((c) => c.value === v)?.label ?? v });
      };
      return (
        <View>
          <Input
            className="field__input block-item__input"
            value={block.lead}
            maxlength={200}
            placeholder="链接前的文字（选填），例如：详见"
            aria-label={`第 ${n} 段 链接前的文字`}
            disabled={disabled}
            onInput={(e) => onPatch({ lead: oneLine(e.detail.value) })}
          />
          <View className="block-link-pick">
            <PickerField
              id={`block-${index}-link`}
              label={kind === 'clause' ? '引用的条款' : kind === 'briefing' ? '链接的宣讲' : '链接的评审轮次'}
              options={choices}
              value={chosen}
              disabled={disabled}
              placeholder={choices.length ? '点此选择' : kind === 'briefing' ? '暂无可链接的宣讲' : '暂无可链接的评审轮次'}
              onChange={pick}
            />
          </View>
        </View>
      );
    }
    case 'fixed':
      return (
        <View className="block-fixed">
          <AnnouncementBody body={[block.block]} />
          <Text className="field__hint">这一段含多处链接，只能移动或删除。</Text>
        </View>
      );
  }
}

export function BlockEditor({
  blocks,
  onChange,
  blockErrors,
  bodyError,
  briefings,
  rounds,
  disabled,
}: {
  blocks: EditorBlock[];
  onChange: (b: EditorBlock[]) => void;
  blockErrors: Record<number, string>;
  bodyError?: string;
  briefings: LinkChoice[];
  rounds: LinkChoice[];
  disabled?: boolean;
}) {
  return (
    <View id="compose-blocks" className={`field ${bodyError ? 'field--error' : ''}`}>
      <Text className="field__label">正文</Text>
      {blocks.length === 0 ? <Text className="card__hint">还没有内容：用下面的按钮添加段落、小标题、列表或链接。</Text> : null}
      {blocks.map((b, i) => {
        const kindLabel = b.kind === 'link' ? LINK_LABELS[b.linkKind] : BLOCK_LABELS[b.kind];
        return (
          <View
            key={b.key}
            className={`block-item ${blockErrors[i] ? 'field--error' : ''}`}
            data-kind={b.kind === 'link' ? b.linkKind : b.kind}
            data-index={i}
            {...a11y({ role: 'group', 'aria-label': `第 ${i + 1} 段：${kindLabel}` })}
          >
            <View className="block-item__head">
              <Text className="block-item__label">{`第 ${i + 1} 段 · ${kindLabel}`}</Text>
              <View className="block-item__tools">
                {i > 0 ? (
                  <Text
                    className="block-tool block-up"
                    {...a11y({ role: 'button', tabIndex: 0, 'aria-label': `第 ${i + 1} 段上移` }, () => onChange(moveBlock(blocks, i, -1)))}
                    onClick={() => onChange(moveBlock(blocks, i, -1))}
                  >
                    上移
                  </Text>
                ) : null}
                {i < blocks.length - 1 ? (
                  <Text
                    className="block-tool block-down"
                    {...a11y({ role: 'button', tabIndex: 0, 'aria-label': `第 ${i + 1} 段下移` }, () => onChange(moveBlock(blocks, i, 1)))}
                    onClick={() => onChange(moveBlock(blocks, i, 1))}
                  >
                    下移
                  </Text>
                ) : null}
                <Text
                  className="block-tool block-tool--danger block-remove"
                  {...a11y({ role: 'button', tabIndex: 0, 'aria-label': `删除第 ${i + 1} 段` }, () => onChange(removeBlock(blocks, i)))}
                  onClick={() => onChange(removeBlock(blocks, i))}
                >
                  删除
                </Text>
              </View>
            </View>
            <BlockBody
              block={b}
              index={i}
              onPatch={(patch) => onChange(updateBlock(blocks, i, patch))}
              briefings={briefings}
              rounds={rounds}
              disabled={disabled}
            />
            <FieldFooter id={`compose-block-${i}`} error={blockErrors[i]} />
          </View>
        );
      })}
      {blocks.length < BODY_LIMITS.maxBlocks ? (
        <View className="block-add" {...a11y({ role: 'group', 'aria-label': '添加内容' })}>
          <Text className="block-add__label">添加：</Text>
          {ADDABLE.map((a) => (
            <ActionButton key={a.kind} id={`block-add-${a.kind}`} small onPress={() => onChange(addBlock(blocks, a.kind))}>
              {`＋${a.label}`}
            </ActionButton>
          ))}
        </View>
      ) : null}
      <FieldFooter id="compose-body" error={bodyError} />
    </View>
  );
}
