export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '通知公告' });
