export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '评审轮次' });
