export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '联络群', enableShareAppMessage: true });
