export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '现场签到' });
