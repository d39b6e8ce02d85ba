export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '编写通知' });
