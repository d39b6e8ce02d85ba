export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '安排宣讲' });
