export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '常见问题' });
