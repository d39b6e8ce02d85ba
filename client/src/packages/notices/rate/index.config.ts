export default definePageConfig({ navigationBarTitleText: '评价宣讲' });
