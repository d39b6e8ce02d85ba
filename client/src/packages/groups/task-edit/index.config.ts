export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '发布群待办', enableShareAppMessage: true });
