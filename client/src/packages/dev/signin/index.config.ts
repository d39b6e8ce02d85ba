export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '演示账号登录' });
