export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '进度' });
