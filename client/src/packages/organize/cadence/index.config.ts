export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '宣讲制度' });
