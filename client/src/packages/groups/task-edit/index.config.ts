export default definePageConfig({ navigationBarTitleText: '发布群待办', enableShareAppMessage: true });
