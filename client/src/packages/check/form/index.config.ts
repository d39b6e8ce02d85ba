export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '申报条件自测' });
