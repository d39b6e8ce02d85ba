export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '自测' });
