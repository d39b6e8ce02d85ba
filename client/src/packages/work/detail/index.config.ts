export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '申报详情' });
