export default definePageConfig({ navigationBarTitleText: '联络群', enableShareAppMessage: true });
