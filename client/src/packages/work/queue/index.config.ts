export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '待办申报' });
