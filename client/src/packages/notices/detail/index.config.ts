export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '公告详情', enableShareAppMessage: true });
