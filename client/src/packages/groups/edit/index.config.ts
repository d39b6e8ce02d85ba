export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '新建联络群' });
