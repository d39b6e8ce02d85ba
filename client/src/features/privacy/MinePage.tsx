/**
 * 我的数据: everything the product holds about me (identity.mine.export, my own records only), downloaded as
 * JSON or Excel, and 注销账号 after typing the confirmation (identity.mine.delete).
 * Test hooks: #mine-data, .mine-section (data-key; the sections with records), .mine-section__count, #mine-empty (the
 *   kinds with none, in one line), #mine-download-json, #mine-download-xlsx,
 *   #mine-download-error, #mine-delete, #mine-delete-input, #mine-delete-submit, #mine-delete-error, #mine-deleted
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { DELETE_CONFIRMATION } from '@shared/privacy';
import { chinaDate } from '@shared/time/dates';
import { api } from '../../services/api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { saveJson, saveXlsx } from '../../services/download';
import { forgetConsent } from '../../services/privacy/consent';
import './privacy-pages.scss';

type Export = OutputOf<'identity', 'mine.export'>;
type Section = Export['sections'][number];

function SectionView({ s }: { s: Section }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="mine-section" data-key={s.key}>
      <Text className="mine-section__count">
        {s.label}：{s.count} 条{s.truncated ? '（仅列出最近的部分）' : ''}
      </Text>
      {s.count > 0 ? (
        // The visible word stays short (a long label wrapped out of the button at 320 px in 大字模式); the name says which.
        <Button
          className="btn btn--small"
          aria-expanded={open}
          aria-label={open ? `收起${s.label}` : `查看${s.label}`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? '收起' : '查看'}
        </Button>
      ) : null}
      {open ? (
        <Text className="mine-section__records" userSelect>
          {JSON.stringify(s.records, null, 2)}
        </Text>
      ) : null}
    </View>
  );
}

function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const [confirm, setConfirm] = useState('');
  const call = useCallback((input: { confirm: string }) => api.identity['mine.delete'](input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const ready = confirm.trim() === DELETE_CONFIRMATION;
  const submit = async () => {
    const res = await run({ confirm: confirm.trim() });
    if (res?.ok) {
      forgetConsent();
      onDeleted();
    }
  };
  return (
    <Card title="注销账号" id="mine-delete">
      <Text className="card__text">
        注销后，您的个人资料、自测记录、消息、订阅、宣讲报名（未开始的场次让出名额）、联络群成员身份、角色授权和没有用在公告里的上传文件将被删除且无法恢复；已存档的申报、公示异议、宣讲签到和评价以及审计记录依规保留，您显示为“已注销用户”。再次打开职称通时将作为新用户。
      </Text>
      {error && error.code !== 'VALIDATION' ? (
        <Notice kind="error" id="mine-delete-error">
          {error.message}
        </Notice>
      ) : null}
      <TextField
        id="mine-delete-input"
        label={`请输入“${DELETE_CONFIRMATION}”以确认`}
        value={confirm}
        maxlength={10}
        error={fieldErrors.confirm}
        onChange={setConfirm}
      />
      <ActionButton id="mine-delete-submit" kind="danger" pending={pending} disabled={!ready} onPress={() => void submit()}>
        注销我的账号
      </ActionButton>
    </Card>
  );
}

function MyData() {
  const load = useCallback(() => api.identity['mine.export']({ format: 'json' }), []);
  const state = useLoad(load);
  const [downloading, setDownloading] = useState<'json' | 'xlsx' | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);

  const download = async (format: 'json' | 'xlsx', data: Export) => {
    setDownloading(format);
    setDownloadError(null);
    try {
      if (format === 'json') {
        await saveJson(`我的数据-${chinaDate(new Date(data.generatedAt))}.json`, {
          generatedAt: data.generatedAt,
          sections: data.sections,
        });
      } else {
        const res = await api.identity['mine.export']({ format: 'xlsx' });
        if (!res.ok) setDownloadError(res.message);
        else if (res.data.file) await saveXlsx(res.data.file.filename, res.data.file.base64);
      }
    } catch {
      setDownloadError('下载未完成，请稍后再试');
    } finally {
      setDownloading(null);
    }
  };

  if (deleted) {
    return (
      <View className="page privacy-page">
        <Card id="mine-deleted">
          <Notice kind="ok">账号已注销，您的个人数据已删除。感谢您使用职称通。</Notice>
          <ActionButton id="mine-deleted-home" onPress={() => void Taro.switchTab({ url: '/pages/home/index' })}>
            回到首页
          </ActionButton>
        </Card>
      </View>
    );
  }

  return (
    <View className="page privacy-page" id="mine-data">
      <LoadState state={state}>
        {(data) => (
          <>
            <Card title="我们保存的关于您的信息">
              <Text className="card__text">以下是职称通保存的、与您本人有关的全部记录（不含他人信息）。</Text>
              {data.sections
                .filter((s) => s.count > 0)
                .map((s) => (
                  <SectionView key={s.key} s={s} />
                ))}
              {data.sections.some((s) => s.count === 0) ? (
                <Text id="mine-empty" className="card__text mine-empty">
                  {`没有记录：${data.sections
                    .filter((s) => s.count === 0)
                    .map((s) => s.label)
                    .join('、')}`}
                </Text>
              ) : null}
            </Card>
            <Card title="下载我的数据">
              {downloadError ? (
                <Notice kind="error" id="mine-download-error">
                  {downloadError}
                </Notice>
              ) : null}
              <ActionButton id="mine-download-json" pending={downloading === 'json'} onPress={() => void download('json', data)}>
                下载 JSON 文件
              </ActionButton>
              <ActionButton id="mine-download-xlsx" pending={downloading === 'xlsx'} onPress={() => void download('xlsx', data)}>
                下载 Excel 表格
              </ActionButton>
            </Card>
            <DeleteAccount onDeleted={() => setDeleted(true)} />
          </>
        )}
      </LoadState>
    </View>
  );
}

export default MyData;
