export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '送达回执' });
