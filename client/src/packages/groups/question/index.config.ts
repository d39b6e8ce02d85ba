export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '问题详情', enableShareAppMessage: true });
