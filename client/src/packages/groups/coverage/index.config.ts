export default definePageConfig({ navigationBarTitleText: '联络群覆盖' });
