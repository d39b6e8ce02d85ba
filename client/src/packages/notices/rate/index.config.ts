export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '评价宣讲' });
