export default definePageConfig({ navigationBarTitleText: '演示账号登录' });
