export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '自测结果', enableShareAppMessage: true });
