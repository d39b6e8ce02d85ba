export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '宣讲管理' });
