export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '我组织的宣讲' });
