export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '群待办', enableShareAppMessage: true });
