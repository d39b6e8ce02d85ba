export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '职工自测统计' });
