export default definePageConfig({ navigationBarTitleText: '自测' });
