export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '宣讲详情', enableShareAppMessage: true });
