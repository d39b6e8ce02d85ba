/**
 * 演示账号登录 (dev only: compiled in only when TARO_APP_DEV_LOGIN is 'true'). Lists the local host's
 * seeded demo users (GET /dev/users); tapping one signs in (POST /dev/signin), stores the token under the
 * storage key `devToken` and opens 我的.
 * Test hooks: #signin-list, #signin-user-<openid> (one per user), .signin-user, #signin-error, #signin-loading
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { setDevToken } from '../../services/api';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { devSignIn, listDevUsers, type DevUser } from './dev-auth';
import './SigninPage.scss';

function DevSignIn() {
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');

  const load = () => {
    setError('');
    listDevUsers()
      .then(setUsers)
      .catch(() => setError('连不上本地服务（127.0.0.1:5180），请确认本地服务已启动。'));
  };
  useEffect(load, []);

  const signIn = async (u: DevUser) => {
    if (busy) return;
    setBusy(u.openid);
    try {
      setDevToken(await devSignIn(u.openid));
      await Taro.switchTab({ url: '/pages/me/index' });
    } catch {
      setError('登录失败，请重试。');
    } finally {
      setBusy('');
    }
  };

  return (
    <View className="page">
      <Text className="page-title">选择演示账号</Text>
      <Text className="page-lead">仅用于本地开发和演示。点一个账号即以该身份登录。</Text>
      {error ? (
        <Card>
          <Notice kind="error" id="signin-error">
            {error}
          </Notice>
          <ActionButton onPress={load}>重试</ActionButton>
        </Card>
      ) : null}
      {!users && !error ? (
        <Card id="signin-loading">
          <Text className="card__text">正在加载…</Text>
        </Card>
      ) : null}
      {users ? (
        <View id="signin-list">
          {users.map((u) => (
            <View key={u.openid} id={`signin-user-${u.openid}`} className="card signin-user" onClick={() => void signIn(u)}>
              <View className="signin-user__head">
                <Text className="signin-user__name">{u.name}</Text>
                <Text className="chip">{u.roleLabel}</Text>
              </View>
              <Text className="card__text">{u.description}</Text>
              {busy === u.openid ? <Text className="card__text">正在登录…</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export default DevSignIn;
