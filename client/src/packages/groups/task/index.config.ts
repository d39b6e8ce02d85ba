export default definePageConfig({ navigationBarTitleText: '群待办', enableShareAppMessage: true });
