export default definePageConfig({ navigationBarTitleText: '政策宣讲' });
