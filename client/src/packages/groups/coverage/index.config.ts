export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '联络群覆盖' });
