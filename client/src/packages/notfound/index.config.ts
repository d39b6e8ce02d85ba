export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '页面不存在' });
