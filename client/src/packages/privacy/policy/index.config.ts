export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '隐私保护指引' });
