export default definePageConfig({ navigationBarTitleText: '待办申报' });
